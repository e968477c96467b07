package nl.ngf.grants.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.RevisionSubmission;
import nl.ngf.grants.shared.DomainException;

/** The applicant answers every condition and submits the revised plan. */
@Named
@ViewScoped
public class ReviseConditionalAward extends TaskForm {

    private final Map<Long, String> answers = new HashMap<>();
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
            programmes.submitRevision(currentUser.actor(), getTaskId(), new RevisionSubmission(answers, summary, ppsCount));
            messages.infoAfterRedirect("revise.done");
            return "/workflow/inbox.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.refused(e);
            return null;
        }
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
