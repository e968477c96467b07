package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * One case (process instance) as the engine's history knows it; {@code startedBy} is null when the application
 * started it of itself, {@code ended} is null while it runs, {@code keptUntil} (its history's removal time) while its
 * file is open.
 */
public record CaseRecord(String processInstanceId, String processDefinitionId, String processKey, String businessKey,
                         Instant started, String startedBy, Instant ended, String state, Instant keptUntil) implements Serializable {
}
