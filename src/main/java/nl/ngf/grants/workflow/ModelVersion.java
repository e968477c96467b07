package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * One deployed version of one of the application's process models: its engine id, version number,
 * when it was deployed, whether it is the latest (the one new cases start on), and how many cases are
 * still running on it.
 */
public record ModelVersion(String processKey, String name, String definitionId, int version, Instant deployedAt,
                           boolean latest, long runningCases) implements Serializable {
}
