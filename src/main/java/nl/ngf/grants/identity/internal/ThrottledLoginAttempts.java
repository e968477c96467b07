package nl.ngf.grants.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ngf.grants.identity.LoginAttempts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins per user name, kept in the database for the lock-out period: every node of the
 * application counts the same failures, a restart forgets none, and a flood of invented names costs
 * rows that are deleted once the period has passed rather than memory that is never given back.
 */
@ApplicationScoped
public class ThrottledLoginAttempts implements LoginAttempts {

    /** Longer names are cut to this; the column's width. */
    static final int MAX_KEY = 200;

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "ngf.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "ngf.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    Passwords passwords;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        List<Instant> recent = em.createQuery("select f.failedAt from LoginFailure f where f.usernameKey = :key and f.failedAt > :since"
                        + " order by f.failedAt", Instant.class)
                .setParameter("key", key(username)).setParameter("since", now.minus(period())).getResultList();
        return lockout(recent, now);
    }

    /**
     * The rule: with at least the maximum number of failures within the period before {@code now}, the
     * name is locked until the period has passed since the last of them.
     */
    Optional<Duration> lockout(List<Instant> failures, Instant now) {
        List<Instant> recent = failures.stream().filter(at -> at.isAfter(now.minus(period()))).sorted().toList();
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, recent.get(recent.size() - 1).plus(period()));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /**
     * Recorded in its own transaction: the failed login itself changes nothing else. For a name that is no active
     * account's, a password is checked against no one's hash as well: the identity store checks the password only of an
     * account, and a failed login of any other name came back some 150 ms sooner (UserAdministrationIT), which told anyone
     * timing a few logins which names are accounts, to guess the passwords of or to lock out.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username) {
        Instant now = clock.instant();
        em.createQuery("delete from LoginFailure f where f.failedAt <= :since").setParameter("since", now.minus(period())).executeUpdate();
        em.persist(new LoginFailure(key(username), now));
        boolean anAccount = !em.createQuery("select u.id from UserAccount u where u.username = :name and u.active = true", Long.class)
                .setParameter("name", key(username)).setMaxResults(1).getResultList().isEmpty();
        if (!anAccount) {
            passwords.checkAgainstNoOnes();
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username) {
        em.createQuery("delete from LoginFailure f where f.usernameKey = :key").setParameter("key", key(username)).executeUpdate();
    }

    private Duration period() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    /** The same name whatever its case or surrounding spaces. */
    static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }
}
