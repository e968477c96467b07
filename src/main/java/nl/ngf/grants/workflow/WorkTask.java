package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * A task as a user sees it in the inbox.
 *
 * @param taskKey     the BPMN element id, e.g. {@code reviseConditionalAward}
 * @param businessKey the id of the domain object the case is about
 * @param subject     a readable title of that object
 * @param formKey     the page that works on this task
 * @param forAColleague whether the user did the step this task checks (four eyes, the model's {@code fourEyesWith}):
 *                    then only a colleague takes it on or completes it
 */
public record WorkTask(String id, String taskKey, String name, String processKey, String businessKey,
                       String subject, Instant created, Instant due, String formKey, String assignee,
                       boolean forAColleague) implements Serializable {

    /** How close a task is to its due moment: past it, within a week of it, or neither (also when it has none). */
    public enum Urgency { NONE, SOON, OVERDUE }

    public static final java.time.Duration SOON = java.time.Duration.ofDays(7);

    /** The inbox's order: the oldest deadline first (those without one last), then the oldest task. */
    public static final java.util.Comparator<WorkTask> BY_DEADLINE = java.util.Comparator
            .comparing(WorkTask::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(WorkTask::created);

    public Urgency urgency(Instant now) {
        if (due == null) {
            return Urgency.NONE;
        }
        if (now.isAfter(due)) {
            return Urgency.OVERDUE;
        }
        return now.plus(SOON).isAfter(due) ? Urgency.SOON : Urgency.NONE;
    }
}
