package nl.ngf.grants.identity;

import java.time.Duration;
import java.util.Optional;

/**
 * Throttles guessing: after too many failed logins for a user name within the lock-out period (from the client's
 * address, or from any addresses together), further attempts for that name are refused (from that address, or from
 * anywhere) until the period has passed, whatever password is given.
 */
public interface LoginAttempts {

    /** How long this user name is still locked out for a client at this address, if it is. */
    Optional<Duration> lockedFor(String username, String clientAddress);

    /**
     * An attempt at this name's password from this address, before the password is checked: refused, with the time the
     * name is still locked out for there, or let through and counted at once as a failure, which {@link #succeeded}
     * forgets when the password was right. Counted before the check, so that attempts sent at the same moment each see
     * the others: however many come at once, no more passwords are checked than one after the other.
     */
    Optional<Duration> attempt(String username, String clientAddress);

    /**
     * The password of an attempt let through was wrong (the attempt already counts as a failure): whether the name is an
     * account's (switched off or not).
     */
    boolean failed(String username, String clientAddress);

    /** The password was right: this name's failures from this address are forgotten, the attempt's with them. */
    void succeeded(String username, String clientAddress);

    /**
     * Forgets every failed login of this name, from wherever it came, in the transaction that gives it a new password
     * (an administrator's, for a user locked out): how many were forgotten.
     */
    int forgetAll(String username);

    /** A lock-out's time left as a refusal tells it: whole minutes, rounded up, at least one. */
    static long minutesLeft(Duration left) {
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }
}
