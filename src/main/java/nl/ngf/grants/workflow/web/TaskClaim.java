package nl.ngf.grants.workflow.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import nl.ngf.grants.web.Messages;

/**
 * Above every task form: who has taken the task on, and taking it on, handing it back or taking it over.
 * Colleagues of the same group see the same; only the one who has taken a task on completes it.
 */
@Named
@ViewScoped
public class TaskClaim implements Serializable {

    /**
     * Whether nobody, the user or a colleague has taken the task on, or whether it is for a colleague because the
     * user did the step it checks (four eyes): a style class and a text key.
     */
    public enum State { FREE, MINE, OTHER, FOUR_EYES }

    @Inject
    WorkflowService workflow;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    IdentityService identity;

    private Boolean colleagues;

    private String taskId;
    private WorkTask task;

    /** The task as the engine has it now, if the user may see it; read once per page. */
    public WorkTask of(String id) {
        if (id != null && !Objects.equals(id, taskId)) {
            taskId = id;
            task = workflow.task(currentUser.actor(), id).orElse(null);
        }
        return task;
    }

    /**
     * Whether the bar has something to say: always when a colleague has the task or it is a colleague's (four eyes),
     * otherwise only to a user with colleagues; alone (an applicant who is their organisation's only user, say) taking
     * a task on would show nobody anything.
     */
    public boolean shown(String id) {
        if (of(id) == null) {
            return false;
        }
        State state = state(id);
        if (state == State.OTHER || state == State.FOUR_EYES) {
            return true;
        }
        if (colleagues == null) {
            colleagues = identity.hasColleagues(currentUser.actor());
        }
        return colleagues;
    }

    public State state(String id) {
        WorkTask current = of(id);
        if (current != null && current.forAColleague() && !currentUser.actor().username().equals(current.assignee())) {
            return State.FOUR_EYES;
        }
        if (current == null || current.assignee() == null) {
            return State.FREE;
        }
        return current.assignee().equals(currentUser.actor().username()) ? State.MINE : State.OTHER;
    }

    /** Takes on a task nobody has; one a colleague took on meanwhile is refused with their name, not taken over. */
    public void claim(String id) {
        change(id, workflow::claim, "claim.done.taken");
    }

    public void takeOver(String id) {
        change(id, workflow::takeOver, "claim.done.takenOver");
    }

    public void unclaim(String id) {
        change(id, workflow::unclaim, "claim.done.handedBack");
    }

    /** One change of who has the task: the task as it is afterwards and a notice, or the refusal and the task as it is. */
    private void change(String id, java.util.function.BiFunction<Actor, String, WorkTask> action, String notice) {
        try {
            task = action.apply(currentUser.actor(), id);
            taskId = id;
            messages.info(notice);
        } catch (DomainException e) {
            reload(id);
            messages.refused(e);
        }
    }

    private void reload(String id) {
        taskId = null;
        of(id);
    }
}
