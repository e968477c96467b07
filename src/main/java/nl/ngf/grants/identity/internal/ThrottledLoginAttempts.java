package nl.ngf.grants.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.ngf.grants.identity.LoginAttempts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins per user name, kept in memory for the lock-out period (per server: a restart or another
 * node starts counting afresh, which still caps guessing at a handful per period per node).
 */
@ApplicationScoped
public class ThrottledLoginAttempts implements LoginAttempts {

    @Inject
    @ConfigProperty(name = "ngf.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "ngf.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    Clock clock = Clock.systemUTC();

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Override
    public Optional<Duration> lockedFor(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            Duration left = Duration.between(clock.instant(), recent.peekLast().plus(period()));
            return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
        }
    }

    @Override
    public void failed(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    @Override
    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private void prune(Deque<Instant> recent) {
        Instant since = clock.instant().minus(period());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }

    private Duration period() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
