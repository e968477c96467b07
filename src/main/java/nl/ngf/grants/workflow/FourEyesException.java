package nl.ngf.grants.workflow;

import nl.ngf.grants.shared.DomainException;

/** The user did the step this task checks (four eyes): a colleague must take it on and complete it. */
public class FourEyesException extends DomainException {

    public FourEyesException() {
        super("task.fourEyes");
    }
}
