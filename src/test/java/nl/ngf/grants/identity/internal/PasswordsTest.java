package nl.ngf.grants.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    private static final String SALT_AND_KEY = ":c2FsdA==:a2V5";

    @Test
    void aHashIsOutdatedWhenItWasMadeWithOtherIterationsThanTheSettingNow() {
        Passwords passwords = new Passwords();
        passwords.iterations = 20_000;
        assertThat(passwords.outdatedIterations("PBKDF2WithHmacSHA512:210000" + SALT_AND_KEY)).isEqualTo(OptionalInt.of(210_000));
        assertThat(passwords.outdatedIterations("PBKDF2WithHmacSHA512:10000" + SALT_AND_KEY)).isEqualTo(OptionalInt.of(10_000));
        assertThat(passwords.outdatedIterations("PBKDF2WithHmacSHA512:20000" + SALT_AND_KEY)).isEmpty();
    }

    @Test
    void aHashOfAnotherAlgorithmOrOneUnreadableIsLeftAlone() {
        Passwords passwords = new Passwords();
        passwords.iterations = 210_000;
        assertThat(passwords.outdatedIterations("PBKDF2WithHmacSHA256:2048" + SALT_AND_KEY)).isEmpty();
        assertThat(passwords.outdatedIterations("PBKDF2WithHmacSHA512:many" + SALT_AND_KEY)).isEmpty();
        assertThat(passwords.outdatedIterations("PBKDF2WithHmacSHA512:99999999999" + SALT_AND_KEY)).isEmpty();
        assertThat(passwords.outdatedIterations("PBKDF2WithHmacSHA512:20000")).isEmpty();
        assertThat(passwords.outdatedIterations("")).isEmpty();
        assertThat(passwords.outdatedIterations(null)).isEmpty();
    }
}
