package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * An asynchronous step of a case that failed on the job executor: its job, the attempts it has left
 * (0: the engine has given up and raised an incident), the last error's message, and when the engine
 * tries again (null once it has given up).
 */
public record FailedStep(String jobId, String processInstanceId, String businessKey, int attemptsLeft, String error,
                         Instant nextAttempt) implements Serializable {
}
