package nl.ngf.grants.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
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
import nl.ngf.grants.shared.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins per user name and the address they came from, kept in the database for the lock-out period: every
 * node of the application counts the same failures, a restart forgets none, and a flood of invented names costs rows
 * that are deleted once the period has passed rather than memory that is never given back.
 * <p>
 * Two rules lock a name out. Five failures of it from one address lock it at that address: whoever guesses an
 * officer's password locks themselves out, not the officer at the office (a lock-out of the name alone let anyone who
 * knew it keep the officer out of the application, five wrong passwords each quarter of an hour). Fifty failures of it
 * from any addresses together lock it everywhere: guessing from many computers at once gets no further than fifty
 * guesses a period. Behind a proxy the address is the client's as the proxy forwards it (Open Liberty's
 * {@code remoteIp}); without that, every request comes from the proxy's one address and the first rule is the rule
 * of the name alone, as before.
 */
@ApplicationScoped
public class ThrottledLoginAttempts implements LoginAttempts {

    /** Longer names are cut to this; the column's width. */
    static final int MAX_KEY = 200;
    /** Longer addresses (none a client really has) are cut to this; the column's width. */
    static final int MAX_ADDRESS = 64;

    /** What an IPv6 address may hold: nothing that could be a host name's (which would be looked up). */
    private static final java.util.regex.Pattern IPV6_LITERAL = java.util.regex.Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z._-]+)?");

    /** One failed login: the name tried (its key), where from (its address's key), when. */
    record Failure(String name, String address, Instant at) {
    }

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "ngf.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "ngf.login.max-failures-per-name", defaultValue = "50")
    int maxFailuresPerName;

    @Inject
    @ConfigProperty(name = "ngf.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    Passwords passwords;

    @Inject
    Records records;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    /** A limit that locks out at once or lets a guesser go on for ever, or no lock-out period, stops the start-up. */
    void checkSettings(@Observes @Initialized(ApplicationScoped.class) Object application) {
        Settings.requireBetween("ngf.login.max-failures", maxFailures, 1, 100);
        Settings.requireBetween("ngf.login.max-failures-per-name", maxFailuresPerName, 1, 10_000);
        Settings.requireBetween("ngf.login.lockout-minutes", lockoutMinutes, 1, 24 * 60);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Duration> lockedFor(String username, String clientAddress) {
        Instant now = clock.instant();
        return lockout(recentFailures(username, null, now), key(username), address(clientAddress), now);
    }

    /**
     * The attempt is written as a failure and committed first, then the failures are counted, its own left out: of
     * attempts sent at the same moment, each counts those of the others written before it looked, so no more are let
     * through than the rules allow. When several come at the same moment, some may see each other both ways and all be
     * refused (a guesser's burst; or a login sent twice by a double click after four wrong passwords, which is let
     * through when tried again). A refused attempt is taken out again: it checked no password.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Duration> attempt(String username, String clientAddress) {
        Instant now = clock.instant();
        long own = records.write(new LoginFailure(key(username), address(clientAddress), now), now.minus(period()));
        Optional<Duration> locked = lockout(recentFailures(username, own, now), key(username), address(clientAddress), now);
        if (locked.isPresent()) {
            records.remove(own);
        }
        return locked;
    }

    /** This name's failures within the period before now, but for the one with this id (when there is one). */
    private List<Failure> recentFailures(String username, Long except, Instant now) {
        return em.createQuery("select f.id, f.clientAddress, f.failedAt from LoginFailure f"
                        + " where f.usernameKey = :key and f.failedAt > :since", Object[].class)
                .setParameter("key", key(username)).setParameter("since", now.minus(period())).getResultStream()
                .filter(row -> !row[0].equals(except))
                .map(row -> new Failure(key(username), (String) row[1], (Instant) row[2])).toList();
    }

    /**
     * The rules: with at least the maximum number of failures of the name from this address, or of the name from any
     * addresses, within the period before {@code now}, the name is locked (here, or everywhere) until the period has
     * passed since the last of those failures.
     */
    Optional<Duration> lockout(List<Failure> failures, String name, String address, Instant now) {
        List<Failure> recent = failures.stream().filter(f -> f.name().equals(name) && f.at().isAfter(now.minus(period()))).toList();
        Optional<Duration> here = lockout(recent.stream().filter(f -> f.address().equals(address)).map(Failure::at).toList(), maxFailures, now);
        Optional<Duration> everywhere = lockout(recent.stream().map(Failure::at).toList(), maxFailuresPerName, now);
        return java.util.stream.Stream.of(here, everywhere).flatMap(Optional::stream).max(Duration::compareTo);
    }

    private Optional<Duration> lockout(List<Instant> failures, int max, Instant now) {
        if (failures.size() < max) {
            return Optional.empty();
        }
        Instant last = failures.stream().max(Instant::compareTo).orElseThrow();
        Duration left = Duration.between(now, last.plus(period()));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /**
     * The attempt already counts (see {@link #attempt}). For a name that is no active account's, a password is checked
     * against no one's hash as well: the identity store checks the password only of an account, and a failed login of
     * any other name came back some 150 ms sooner (UserAdministrationIT), which told anyone timing a few logins which
     * names are accounts, to guess the passwords of or to lock out.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean failed(String username, String clientAddress) {
        List<Boolean> active = em.createQuery("select u.active from UserAccount u where u.username = :name", Boolean.class)
                .setParameter("name", key(username)).getResultList();
        if (!active.contains(Boolean.TRUE)) {
            passwords.checkAgainstNoOnes();
        }
        return !active.isEmpty();
    }

    /** Failed logins written and taken out each in a transaction of its own, committed before the caller goes on. */
    @ApplicationScoped
    static class Records {

        @PersistenceContext(unitName = "ngf")
        EntityManager em;

        /** Writes this failure, and deletes those from before the period (no longer counted): its id. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        long write(LoginFailure failure, Instant periodStart) {
            em.createQuery("delete from LoginFailure f where f.failedAt <= :since").setParameter("since", periodStart).executeUpdate();
            em.persist(failure);
            em.flush();
            return failure.id;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        void remove(long id) {
            em.createQuery("delete from LoginFailure f where f.id = :id").setParameter("id", id).executeUpdate();
        }
    }

    /** The user's own failures from where they logged in are forgotten; a guesser's elsewhere still count. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username, String clientAddress) {
        em.createQuery("delete from LoginFailure f where f.usernameKey = :key and f.clientAddress = :address")
                .setParameter("key", key(username)).setParameter("address", address(clientAddress)).executeUpdate();
    }

    @Override
    @Transactional
    public int forgetAll(String username) {
        return em.createQuery("delete from LoginFailure f where f.usernameKey = :key").setParameter("key", key(username)).executeUpdate();
    }

    private Duration period() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    /** The same name whatever its case or surrounding spaces. */
    static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    /**
     * What failures from this address count under: an IPv4 address as it is; an IPv6 address by its network, its first
     * 64 bits (a home or a hosted computer gets a network whole, to move through its addresses at will), as
     * {@code 2001:db8:1:2::/64}; an IPv4 address written as IPv6 as IPv4. Anything else (none a server is given) as it
     * is, cut to the column's width; none as the empty text.
     */
    static String address(String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress.strip();
        if (address.indexOf(':') >= 0 && IPV6_LITERAL.matcher(address).matches()) {
            try {
                // Hexadecimal digits and colons (a dotted IPv4 end, a zone) are read as an IPv6 literal, never looked up as a host name.
                java.net.InetAddress parsed = java.net.InetAddress.getByName(address);
                if (parsed instanceof java.net.Inet4Address) {
                    return parsed.getHostAddress();
                }
                byte[] bytes = parsed.getAddress();
                StringBuilder network = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return network.append(":/64").toString();
            } catch (java.net.UnknownHostException e) {
                // Not an address: counted as it is.
            }
        }
        return address.length() <= MAX_ADDRESS ? address : address.substring(0, MAX_ADDRESS);
    }
}
