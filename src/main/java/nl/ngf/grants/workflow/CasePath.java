package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.util.List;

/** A case's model (BPMN XML), the elements it has passed and those where it waits now. */
public record CasePath(String bpmnXml, List<String> passed, List<String> active) implements Serializable {

    public CasePath {
        passed = List.copyOf(passed);
        active = List.copyOf(active);
    }
}
