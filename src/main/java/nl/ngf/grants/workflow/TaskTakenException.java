package nl.ngf.grants.workflow;

import nl.ngf.grants.shared.DomainException;

/** A colleague has taken the task on: only they complete it, unless it is taken over first. */
public class TaskTakenException extends DomainException {

    public TaskTakenException(String assignee) {
        super("task.takenByOther", assignee);
    }
}
