package nl.ngf.grants.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import nl.ngf.grants.documents.DocumentService;
import nl.ngf.grants.documents.DocumentView;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import java.util.Map;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.RevisionSubmission;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** The applicant answers every condition and submits the revised plan. */
@Named
@ViewScoped
public class ReviseConditionalAward extends TaskForm {

    @Inject
    DocumentService documents;

    private final Map<Long, String> answers = new HashMap<>();
    private final List<DocumentView> uploaded = new ArrayList<>();
    private String summary;
    private Integer ppsCount;

    /** A later round starts from the previous round's answers, so the applicant changes only what needs changing. */
    @Override
    protected void prepare(ProgrammeDetails programme) {
        ProgrammeDetails.Revision previous = programme.latestRevision();
        if (previous == null) {
            ppsCount = programme.plannedPpsCount();
            return;
        }
        previous.answers().forEach(a -> answers.put(a.conditionId(), a.answer()));
        summary = previous.summary();
        ppsCount = previous.ppsCount();
    }

    public String submit() {
        try {
            programmes.submitRevision(currentUser.actor(), getTaskId(), new RevisionSubmission(answers, summary, ppsCount,
                    uploaded.stream().map(DocumentView::id).toList()));
            return Messages.redirectWithNotice("/workflow/inbox.xhtml", "revise.done");
        } catch (DomainException e) {
            refusedAtSubmit(e);
            return null;
        }
    }

    /** Each file is checked and stored as it arrives; a refused one says why and stores nothing. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            uploaded.add(documents.store(currentUser.actor(), "programme:" + getProgramme().summary().id(),
                    file.getFileName(), file.getContent()));
            messages.info("document.uploaded", uploaded.get(uploaded.size() - 1).fileName());
        } catch (DomainException e) {
            messages.refused(e);
        }
    }

    public void remove(DocumentView document) {
        uploaded.remove(document);
    }

    public DocumentService.UploadLimits getLimits() {
        return documents.limits();
    }

    public String getAllowedTypes() {
        return String.join(", ", documents.limits().types());
    }

    public List<DocumentView> getUploaded() {
        return uploaded;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Integer getPpsCount() {
        return ppsCount;
    }

    public void setPpsCount(Integer ppsCount) {
        this.ppsCount = ppsCount;
    }

    @Override
    protected String taskKey() {
        return "reviseConditionalAward";
    }
}
