package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.util.List;

/**
 * A case's model (BPMN XML), the elements it has passed, those where it waits now, and the sequence
 * flows it took (element and flow ids of the model).
 */
public record CasePath(String bpmnXml, List<String> passed, List<String> active, List<String> flows) implements Serializable {

    public CasePath {
        passed = List.copyOf(passed);
        active = List.copyOf(active);
        flows = List.copyOf(flows);
    }
}
