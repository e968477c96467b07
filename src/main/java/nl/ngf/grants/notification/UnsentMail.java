package nl.ngf.grants.notification;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mail to an applicant that the mail server has not taken yet: waiting for its next attempt, or given up. The
 * recipient by user name, with their name when they still get the organisation's mail ({@code reachable}; otherwise
 * it cannot be tried again), what the mail was about (its subject, and the record it concerns), how often it was
 * tried, why the last attempt failed, whether an attempt is sending it at this moment, and when the next one is due
 * (null: given up).
 */
public record UnsentMail(long id, String recipient, String recipientName, boolean reachable, String subject, String objectType,
                         long objectId, Instant queuedAt, int attempts, String error, boolean beingSent, Instant nextAttempt)
        implements Serializable {

    public boolean givenUp() {
        return !beingSent && nextAttempt == null;
    }
}
