package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;

/** One case (process instance) as the engine's history knows it; {@code ended} is null while it runs. */
public record CaseRecord(String processInstanceId, String processDefinitionId, String processKey, String businessKey,
                         Instant started, Instant ended, String state) implements Serializable {
}
