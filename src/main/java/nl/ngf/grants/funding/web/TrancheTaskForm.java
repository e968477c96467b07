package nl.ngf.grants.funding.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.ngf.grants.documents.DocumentService;
import nl.ngf.grants.documents.DocumentView;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.TrancheView;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;
import nl.ngf.grants.workflow.TaskNotAvailableException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * What every task form of a tranche shares: the task from the URL, checked against the user, the
 * tranche and its PPS, and (for the applicant's forms) evidence uploads. An unknown or foreign task
 * shows a message, never someone else's data.
 */
abstract class TrancheTaskForm implements Serializable {

    @Inject
    FundingService funding;

    @Inject
    PartnershipService partnerships;

    @Inject
    DocumentService documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String taskId;
    private TrancheView tranche;
    private PartnershipView partnership;
    private final List<DocumentView> uploaded = new ArrayList<>();

    /** The BPMN id of the task this form completes. */
    protected abstract String taskKey();

    /** Called by f:viewAction after the task id is read from the URL. */
    public void load() {
        if (tranche != null) {
            return;
        }
        try {
            tranche = funding.trancheOfTask(currentUser.actor(), taskId, taskKey());
            partnership = partnerships.partnership(currentUser.actor(), tranche.partnershipId());
        } catch (DomainException e) {
            tranche = null;
            messages.refused(e);
        }
    }

    /** After a completed task: back to the inbox with a notice. */
    protected String done(String noticeKey) {
        return Messages.redirectWithNotice("/workflow/inbox.xhtml", noticeKey);
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            uploaded.add(documents.store(currentUser.actor(), "partnership:" + tranche.partnershipId(), file.getFileName(), file.getContent()));
            messages.info("document.uploaded", uploaded.get(uploaded.size() - 1).fileName());
        } catch (DomainException e) {
            messages.refused(e);
        }
    }

    public void remove(DocumentView document) {
        uploaded.remove(document);
    }

    public List<DocumentView> getUploaded() {
        return uploaded;
    }

    protected List<Long> uploadedIds() {
        return uploaded.stream().map(DocumentView::id).toList();
    }

    public String getAllowedTypes() {
        return String.join(", ", documents.limits().types());
    }

    public int getMaxSizeMb() {
        return documents.limits().maxSizeMb();
    }

    /**
     * Tells why a submitted form was refused. A task completed (or gone) meanwhile is no longer offered: the page keeps
     * only the message, which says by whom and when where the user may know, not a form to send again.
     */
    protected void refusedAtSubmit(DomainException e) {
        messages.refused(e);
        if (e instanceof TaskNotAvailableException) {
            tranche = null;
        }
    }

    public boolean isAvailable() {
        return tranche != null;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public TrancheView getTranche() {
        return tranche;
    }

    public PartnershipView getPartnership() {
        return partnership;
    }
}
