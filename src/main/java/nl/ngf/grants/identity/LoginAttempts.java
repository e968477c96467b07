package nl.ngf.grants.identity;

import java.time.Duration;
import java.util.Optional;

/**
 * Throttles guessing: after too many failed logins for a user name within the lock-out period, further
 * attempts for that name are refused until the period has passed, whatever password is given.
 */
public interface LoginAttempts {

    /** How long this user name is still locked out, if it is. */
    Optional<Duration> lockedFor(String username);

    void failed(String username);

    void succeeded(String username);

    /** A lock-out's time left as a refusal tells it: whole minutes, rounded up, at least one. */
    static long minutesLeft(Duration left) {
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }
}
