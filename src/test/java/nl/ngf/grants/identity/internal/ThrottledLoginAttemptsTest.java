package nl.ngf.grants.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThrottledLoginAttemptsTest {

    Instant now = Instant.parse("2026-11-27T10:00:00Z");
    ThrottledLoginAttempts attempts;

    @BeforeEach
    void fiveFailuresInFifteenMinutes() {
        attempts = new ThrottledLoginAttempts();
        attempts.maxFailures = 5;
        attempts.lockoutMinutes = 15;
        attempts.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(username);
            now = now.plusSeconds(10);
        }
    }

    @Test
    void theFifthFailureLocksTheNameForTheLockoutPeriodWhateverItsCase() {
        failTimes("aanvrager", 4);
        assertThat(attempts.lockedFor("aanvrager")).isEmpty();
        failTimes("Aanvrager ", 1);

        assertThat(attempts.lockedFor("AANVRAGER")).hasValueSatisfying(left -> assertThat(left).isEqualTo(Duration.ofMinutes(15).minusSeconds(10)));
        assertThat(attempts.lockedFor("adviseur")).as("other names are not affected").isEmpty();
        now = now.plus(Duration.ofMinutes(15));
        assertThat(attempts.lockedFor("aanvrager")).as("free again after the period").isEmpty();
    }

    @Test
    void failuresOlderThanThePeriodNoLongerCountAndASuccessClearsThem() {
        failTimes("aanvrager", 4);
        now = now.plus(Duration.ofMinutes(16));
        failTimes("aanvrager", 4);
        assertThat(attempts.lockedFor("aanvrager")).isEmpty();

        attempts.succeeded("aanvrager");
        failTimes("aanvrager", 4);
        assertThat(attempts.lockedFor("aanvrager")).isEmpty();
        failTimes("aanvrager", 1);
        assertThat(attempts.lockedFor("aanvrager")).isPresent();
    }
}
