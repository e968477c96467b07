package nl.ngf.grants.workflow;

import java.time.Instant;

/**
 * The task was offered to this user, and someone (perhaps they themselves, in another tab) completed it first: told
 * by whom and when, so that a user who filled in the form for nothing knows where the work went.
 */
public class TaskCompletedException extends TaskNotAvailableException {

    public TaskCompletedException(String completedBy, Instant completedAt) {
        super("task.completedBy", completedBy, completedAt);
    }
}
