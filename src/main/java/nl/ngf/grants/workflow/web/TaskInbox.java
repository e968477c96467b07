package nl.ngf.grants.workflow.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import nl.ngf.grants.web.Messages;

/** The tasks the logged-in user may work on, oldest deadline first. */
@Named
@RequestScoped
public class TaskInbox {

    @Inject
    WorkflowService workflow;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<WorkTask> tasks;

    java.time.Clock clock = java.time.Clock.systemUTC();

    @PostConstruct
    void load() {
        tasks = workflow.inbox(currentUser.actor());
    }

    public List<WorkTask> getTasks() {
        return tasks;
    }

    /** The task's name in the user's language (the BPMN name when there is no translation). */
    public String name(WorkTask task) {
        return messages.text("task." + task.taskKey());
    }

    /**
     * What the task is about, in the user's language: the case's subject (data, e.g. "PPS Zorg – tranche 2"),
     * for a change request with the words that say so.
     */
    public String subject(WorkTask task) {
        return ProcessKeys.CHANGE_REQUEST.equals(task.processKey())
                ? messages.text("inbox.subject.changeRequest", task.subject()) : task.subject();
    }

    /** The row's urgency for the page: none, soon or overdue (a style class and, unless none, a word beside the date). */
    public String urgency(WorkTask task) {
        return task.urgency(clock.instant()).name().toLowerCase(java.util.Locale.ROOT);
    }

    public String link(WorkTask task) {
        return task.formKey() + "?task=" + task.id();
    }
}
