package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.util.List;

/** What the engine recorded of one case, oldest first, and the path it took through its model. */
public record CaseTrace(List<CaseEvent> events, CasePath path) implements Serializable {

    public CaseTrace {
        events = List.copyOf(events);
    }
}
