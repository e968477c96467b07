package nl.ngf.grants.workflow.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import nl.ngf.grants.web.Messages;
import nl.ngf.grants.web.Search;

/**
 * The tasks the logged-in user may work on, oldest deadline first: all of them, those the user has taken on or
 * those nobody has, narrowed to those matching what the user searches for (every word in the task's name or
 * subject, ignoring case). Both are in the address ({@code ?show=mine&q=…}).
 */
@Named
@ViewScoped
public class TaskInbox implements Serializable {

    /** Every task of the user's groups. */
    public static final String ALL = "all";
    /** The tasks the user has taken on. */
    public static final String MINE = "mine";
    /** The tasks nobody has taken on and the user may (not those that check the user's own step: four eyes). */
    public static final String FREE = "free";

    @Inject
    WorkflowService workflow;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<WorkTask> tasks;
    private List<WorkTask> shown;
    private String show = ALL;
    private String query;

    /** The engine's clock (see EngineTime). */
    @Inject
    java.time.Clock clock;

    /** Every task of the user, read once per page. */
    public List<WorkTask> getTasks() {
        if (tasks == null) {
            tasks = workflow.inbox(currentUser.actor());
        }
        return tasks;
    }

    /** The tasks as chosen and searched for, worked out once per choice (the page asks for them several times). */
    public List<WorkTask> getShown() {
        if (shown == null) {
            String me = currentUser.actor().username();
            shown = getTasks().stream().filter(task -> chosen(show, me, task))
                    .filter(task -> Search.matches(query, name(task), subject(task))).toList();
        }
        return shown;
    }

    /** Whether the choice (all, mine or free) shows this task to this user. */
    static boolean chosen(String show, String me, WorkTask task) {
        return switch (show) {
            case MINE -> me.equals(task.assignee());
            case FREE -> task.assignee() == null && !task.forAColleague();
            default -> true;
        };
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

    public String getShow() {
        return show;
    }

    /** all, mine or free; anything else shows all. */
    public void setShow(String show) {
        this.show = MINE.equals(show) || FREE.equals(show) ? show : ALL;
        shown = null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : query.strip();
        shown = null;
    }
}
