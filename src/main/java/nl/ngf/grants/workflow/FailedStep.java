package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;

/**
 * A step of a case that failed on the job executor (a timer, or an asynchronous step): its job, the
 * model and element it belongs to, the case (its business key and its subject, as the inbox names it),
 * the attempts it has left (0: the engine has given up and raised an incident), the last error's
 * message, and when the engine tries again (null once it has given up).
 */
public record FailedStep(String jobId, String processKey, String activityId, String processInstanceId, String businessKey,
                         String subject, int attemptsLeft, String error, Instant nextAttempt) implements Serializable {
}
