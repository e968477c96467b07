package nl.ngf.grants.workflow.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
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
    TaskLabels labels;

    private List<WorkTask> tasks;
    private List<WorkTask> shown;
    private String show = ALL;
    private String query;

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
                    .filter(task -> Search.matches(query, labels.name(task), labels.subject(task))).toList();
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
