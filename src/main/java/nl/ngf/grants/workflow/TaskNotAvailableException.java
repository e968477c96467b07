package nl.ngf.grants.workflow;

import nl.ngf.grants.shared.DomainException;

/** The task does not exist (any more), is not this user's, or someone else completed it first. */
public class TaskNotAvailableException extends DomainException {

    public TaskNotAvailableException() {
        super("task.notAvailable");
    }

    /** A refusal of the same kind that says more ({@link TaskCompletedException}). */
    protected TaskNotAvailableException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
