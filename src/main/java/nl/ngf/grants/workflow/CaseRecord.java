package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * One case (process instance) as the engine's history knows it; {@code ended} is null while it runs,
 * {@code keptUntil} (its history's removal time) while its file is open.
 */
public record CaseRecord(String processInstanceId, String processDefinitionId, String processKey, String businessKey,
                         Instant started, Instant ended, String state, Instant keptUntil) implements Serializable {
}
