package nl.ngf.grants.programme.web;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;

/** One programme: award, conditions, revisions and assessments, and its comments. Kept for the view, so a post finds it. */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkflowService workflow;

    @Inject
    Messages messages;

    private Long id;
    private ProgrammeDetails programme;
    private String comment;
    /** The comment form's own key, kept with the view: the form sent twice (a double click) posts one comment. */
    private final String commentKey = nl.ngf.grants.shared.SubmissionKey.next();
    private List<WorkTask> tasks;

    public void load() {
        if (id == null) {
            messages.refused(new DomainException("programme.notFound"));
            return;
        }
        try {
            programme = programmes.programme(currentUser.actor(), id);
        } catch (DomainException e) {
            messages.refused(e);
        }
    }

    /** What the user can do on this programme's case now (revise, check, assess, decide, allocate), each to open. */
    public List<WorkTask> getTasks() {
        if (tasks == null) {
            tasks = programme == null ? List.of()
                    : workflow.tasksAbout(currentUser.actor(), ProcessKeys.GRANT_AWARD, List.of(String.valueOf(id)));
        }
        return tasks;
    }

    public boolean isMayComment() {
        return programme != null && programmes.mayComment(currentUser.actor(), programme);
    }

    /** Post-redirect-get: the page shows the comment in its place in the list. */
    public String postComment() {
        try {
            programmes.comment(currentUser.actor(), id, comment, commentKey);
            return Messages.redirectWithNotice("/programme/detail.xhtml?id=" + id, "comment.done");
        } catch (DomainException e) {
            messages.refused(e);
            load();
            return null;
        }
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProgrammeDetails getProgramme() {
        return programme;
    }
}
