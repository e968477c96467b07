package nl.ngf.grants.workflow;

import nl.ngf.grants.shared.NotAllowedException;

/**
 * The user did the step this task checks (four eyes): a colleague must take it on and complete it. A
 * refusal of what is not theirs to do, so recorded in the audit trail like any other.
 */
public class FourEyesException extends NotAllowedException {

    public FourEyesException() {
        super("task.fourEyes");
    }
}
