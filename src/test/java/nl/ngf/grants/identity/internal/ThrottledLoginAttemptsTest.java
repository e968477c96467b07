package nl.ngf.grants.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lock-out rule and the name it counts under; the database's part is in UserAdministrationIT. */
class ThrottledLoginAttemptsTest {

    Instant now = Instant.parse("2026-11-27T10:00:00Z");
    final List<Instant> failures = new ArrayList<>();
    ThrottledLoginAttempts attempts;

    @BeforeEach
    void fiveFailuresInFifteenMinutes() {
        attempts = new ThrottledLoginAttempts();
        attempts.maxFailures = 5;
        attempts.lockoutMinutes = 15;
    }

    /** Failures ten seconds apart; afterwards it is ten seconds after the last. */
    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            failures.add(now);
            now = now.plusSeconds(10);
        }
    }

    @Test
    void theFifthFailureLocksTheNameForTheLockoutPeriod() {
        failTimes(4);
        assertThat(attempts.lockout(failures, now)).isEmpty();
        failTimes(1);

        assertThat(attempts.lockout(failures, now)).hasValueSatisfying(left -> assertThat(left).isEqualTo(Duration.ofMinutes(15).minusSeconds(10)));
        now = now.plus(Duration.ofMinutes(15));
        assertThat(attempts.lockout(failures, now)).as("free again after the period").isEmpty();
    }

    @Test
    void failuresOlderThanThePeriodNoLongerCount() {
        failTimes(4);
        now = now.plus(Duration.ofMinutes(16));
        failTimes(4);
        assertThat(attempts.lockout(failures, now)).isEmpty();
        failTimes(1);
        assertThat(attempts.lockout(failures, now)).isPresent();
    }

    @Test
    void aNameCountsTheSameWhateverItsCaseOrSpacesAndAnInventedLongOneFitsTheColumn() {
        assertThat(ThrottledLoginAttempts.key("Aanvrager ")).isEqualTo(ThrottledLoginAttempts.key("AANVRAGER")).isEqualTo("aanvrager");
        assertThat(ThrottledLoginAttempts.key(null)).isEmpty();
        assertThat(ThrottledLoginAttempts.key("x".repeat(5_000))).hasSize(ThrottledLoginAttempts.MAX_KEY);
    }
}
