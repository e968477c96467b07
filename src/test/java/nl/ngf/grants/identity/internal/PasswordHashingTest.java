package nl.ngf.grants.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void byDefaultAPasswordIsHashedAsOwaspAdvisesForPbkdf2WithSha512() {
        assertThat(PasswordHashing.asMap(PasswordHashing.ADVISED_ITERATIONS)).containsEntry("Pbkdf2PasswordHash.Iterations", "210000")
                .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512").containsEntry("Pbkdf2PasswordHash.SaltSizeBytes", "32")
                .containsEntry("Pbkdf2PasswordHash.KeySizeBytes", "64");
        assertThat(PasswordHashing.belowAdvice(210_000)).isFalse();
        assertThat(PasswordHashing.ITERATIONS).as("what the identity store is declared with").isEqualTo("Pbkdf2PasswordHash.Iterations=210000");
    }

    @Test
    void fewerIterationsAreForATestServerAndTooFewOrTooManyStopTheStartUp() {
        assertThat(PasswordHashing.asMap(20_000)).containsEntry("Pbkdf2PasswordHash.Iterations", "20000");
        assertThat(PasswordHashing.belowAdvice(20_000)).isTrue();
        assertThatThrownBy(() -> PasswordHashing.asMap(9_999)).isInstanceOf(IllegalStateException.class)
                .hasMessage("ngf.password.hash-iterations is 9999, but it lies between 10000 and 10000000");
        assertThatThrownBy(() -> PasswordHashing.asMap(10_000_001)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ngf.password.hash-iterations is 10000001");
        assertThat(PasswordHashing.asMap(10_000)).containsEntry("Pbkdf2PasswordHash.Iterations", "10000");
    }
}
