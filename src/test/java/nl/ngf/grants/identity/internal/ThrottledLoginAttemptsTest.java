package nl.ngf.grants.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lock-out rules and what they count under (a name, an address); the database's part is in UserAdministrationIT. */
class ThrottledLoginAttemptsTest {

    static final String OFFICER = "adviseur";
    static final String GUESSER = "203.0.113.9";
    static final String OFFICE = "198.51.100.20";

    Instant now = Instant.parse("2026-11-27T10:00:00Z");
    final List<ThrottledLoginAttempts.Failure> failures = new ArrayList<>();
    ThrottledLoginAttempts attempts;

    @BeforeEach
    void fiveFailuresFromOneAddressOrFiftyFromAnyInFifteenMinutes() {
        attempts = new ThrottledLoginAttempts();
        attempts.maxFailures = 5;
        attempts.maxFailuresPerName = 50;
        attempts.lockoutMinutes = 15;
    }

    /** Failures of this name from this address ten seconds apart; afterwards it is ten seconds after the last. */
    private void failTimes(int times, String name, String address) {
        for (int i = 0; i < times; i++) {
            failures.add(new ThrottledLoginAttempts.Failure(ThrottledLoginAttempts.key(name), ThrottledLoginAttempts.address(address), now));
            now = now.plusSeconds(10);
        }
    }

    private java.util.Optional<Duration> lockout(String name, String address) {
        return attempts.lockout(failures, ThrottledLoginAttempts.key(name), ThrottledLoginAttempts.address(address), now);
    }

    @Test
    void theFifthFailureFromOneAddressLocksTheNameThereForTheLockoutPeriod() {
        failTimes(4, OFFICER, GUESSER);
        assertThat(lockout(OFFICER, GUESSER)).isEmpty();
        failTimes(1, OFFICER, GUESSER);

        assertThat(lockout(OFFICER, GUESSER)).hasValueSatisfying(left -> assertThat(left).isEqualTo(Duration.ofMinutes(15).minusSeconds(10)));
        now = now.plus(Duration.ofMinutes(15));
        assertThat(lockout(OFFICER, GUESSER)).as("free again after the period").isEmpty();
    }

    /**
     * Someone who types an officer's name with wrong passwords (an applicant who knows it from a letter) locks that name
     * out from where they are, not the officer at the office: where a lock-out of the name alone let anyone keep an officer
     * out of the application, five guesses every quarter of an hour.
     */
    @Test
    void guessesFromElsewhereDoNotLockTheUserOutWhereTheyAre() {
        failTimes(5, OFFICER, GUESSER);
        assertThat(lockout(OFFICER, GUESSER)).isPresent();
        assertThat(lockout(OFFICER, OFFICE)).as("the officer at the office").isEmpty();
        assertThat(lockout("adviseur2", GUESSER)).as("another name from the guesser's address").isEmpty();
    }

    /** Guessing one name from many addresses (a network of hijacked computers) locks the name everywhere at fifty failures in the period. */
    @Test
    void fiftyFailuresOfANameFromAnyAddressesLockItEverywhere() {
        for (int address = 1; address <= 12; address++) {
            failTimes(address <= 10 ? 4 : 5, OFFICER, "192.0.2." + address);
        }
        assertThat(failures).hasSize(50);
        assertThat(lockout(OFFICER, OFFICE)).as("50 failures from 12 addresses, none of them the office's")
                .hasValueSatisfying(left -> assertThat(left).isEqualTo(Duration.ofMinutes(15).minusSeconds(10)));
        failures.remove(0);
        assertThat(lockout(OFFICER, OFFICE)).as("49").isEmpty();
    }

    @Test
    void failuresOlderThanThePeriodNoLongerCount() {
        failTimes(4, OFFICER, GUESSER);
        now = now.plus(Duration.ofMinutes(16));
        failTimes(4, OFFICER, GUESSER);
        assertThat(lockout(OFFICER, GUESSER)).isEmpty();
        failTimes(1, OFFICER, GUESSER);
        assertThat(lockout(OFFICER, GUESSER)).isPresent();
    }

    @Test
    void aNameCountsTheSameWhateverItsCaseOrSpacesAndAnInventedLongOneFitsTheColumn() {
        assertThat(ThrottledLoginAttempts.key("Aanvrager ")).isEqualTo(ThrottledLoginAttempts.key("AANVRAGER")).isEqualTo("aanvrager");
        assertThat(ThrottledLoginAttempts.key(null)).isEmpty();
        assertThat(ThrottledLoginAttempts.key("x".repeat(5_000))).hasSize(ThrottledLoginAttempts.MAX_KEY);
    }

    /**
     * An IPv6 address counts by its network (its first 64 bits), which a home or a hosted computer gets whole: the
     * guesser has billions of addresses in it to move through, and no more than one network.
     */
    @Test
    void anIpv6AddressCountsByItsNetworkAndAnIpv4OneAsItIs() {
        assertThat(ThrottledLoginAttempts.address("2001:db8:1:2:3:4:5:6")).isEqualTo(ThrottledLoginAttempts.address("2001:0db8:0001:0002:ffff::1"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ThrottledLoginAttempts.address("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
        assertThat(ThrottledLoginAttempts.address("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ThrottledLoginAttempts.address("::ffff:203.0.113.9")).as("IPv4 written as IPv6").isEqualTo("203.0.113.9");
        assertThat(ThrottledLoginAttempts.address("fe80::1%1")).as("with its zone").isEqualTo("fe80:0:0:0::/64");
        assertThat(ThrottledLoginAttempts.address("proxy.example:8080")).as("no address: as it is, not looked up").isEqualTo("proxy.example:8080");
        assertThat(ThrottledLoginAttempts.address(null)).isEmpty();
        assertThat(ThrottledLoginAttempts.address("x".repeat(500))).hasSize(ThrottledLoginAttempts.MAX_ADDRESS);

        failTimes(5, OFFICER, "2001:db8:1:2::10");
        assertThat(lockout(OFFICER, "2001:db8:1:2::99")).as("another address of the guesser's network").isPresent();
        assertThat(lockout(OFFICER, "2001:db8:1:3::10")).as("another network").isEmpty();
    }
}
