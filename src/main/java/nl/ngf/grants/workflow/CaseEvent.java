package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing the engine recorded of a case: an element entered or left (its name from the model), a
 * task completed and by whom, a variable set and its new value, or an operation a user performed on
 * the case (claim, complete, …) from the engine's user operation log. {@code elementId} is the model
 * element's id for an element entered or left and a task completed (to show its name in the reader's
 * language), else null.
 */
public record CaseEvent(Instant at, Kind kind, String who, String element, String elementId, String detail) implements Serializable {

    public enum Kind {
        ACTIVITY_STARTED, ACTIVITY_ENDED, TASK_COMPLETED, VARIABLE_SET, OPERATION
    }
}
