package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A case's model (BPMN XML), the elements it has passed, those where it waits now, the sequence
 * flows it took (element and flow ids of the model), and how many times the case entered each step and event it
 * reached (a report verified again after a corrective-action plan: twice; a gateway, which only chooses the way, is
 * not counted).
 */
public record CasePath(String bpmnXml, List<String> passed, List<String> active, List<String> flows, Map<String, Integer> entered)
        implements Serializable {

    public CasePath {
        passed = List.copyOf(passed);
        active = List.copyOf(active);
        flows = List.copyOf(flows);
        entered = Map.copyOf(entered);
    }
}
