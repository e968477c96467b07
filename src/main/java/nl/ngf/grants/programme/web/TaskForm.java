package nl.ngf.grants.programme.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.workflow.TaskNotAvailableException;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import nl.ngf.grants.web.Messages;

/**
 * What every task form of the award shares: the task from the URL, checked against the user, and
 * the programme it is about. An unknown or foreign task shows a message, never someone else's data.
 */
abstract class TaskForm implements Serializable {

    @Inject
    WorkflowService workflow;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String taskId;
    private WorkTask task;
    private ProgrammeDetails programme;

    /** The BPMN id of the task this form completes. */
    protected abstract String taskKey();

    /** Called by f:viewAction after the task id is read from the URL. */
    public void load() {
        if (task != null) {
            return;
        }
        try {
            task = workflow.task(currentUser.actor(), taskId).filter(t -> t.taskKey().equals(taskKey())).orElse(null);
            if (task == null) {
                messages.refused(workflow.notAvailable(currentUser.actor(), taskId));
                return;
            }
            programme = programmes.programme(currentUser.actor(), Long.parseLong(task.businessKey()));
            prepare(programme);
        } catch (DomainException e) {
            task = null;
            messages.refused(e);
        }
    }

    protected void prepare(ProgrammeDetails programme) {
    }

    /**
     * Tells why a submitted form was refused. A task completed (or gone) meanwhile is no longer offered: the page keeps
     * only the message, which says by whom and when where the user may know, not a form to send again.
     */
    protected void refusedAtSubmit(DomainException e) {
        messages.refused(e);
        if (e instanceof TaskNotAvailableException) {
            task = null;
        }
    }

    public boolean isAvailable() {
        return task != null && programme != null;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public WorkTask getTask() {
        return task;
    }

    public ProgrammeDetails getProgramme() {
        return programme;
    }
}
