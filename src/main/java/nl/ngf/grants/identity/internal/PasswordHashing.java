package nl.ngf.grants.identity.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ngf.grants.shared.Settings;

/**
 * The PBKDF2 parameters of the password hashes the application makes. A stored hash names its own
 * parameters, and the identity store checks a password with those (it never makes a hash), so changing
 * the iterations later breaks no password: each keeps the ones it was made with.
 */
final class PasswordHashing {

    /** The setting: how many iterations a hash made from now on takes. */
    static final String ITERATIONS_SETTING = "ngf.password.hash-iterations";
    /** OWASP's advice for PBKDF2-HMAC-SHA512 (Password Storage Cheat Sheet, 2023): the default. */
    static final int ADVISED_ITERATIONS = 210_000;
    /** Fewer than this is refused outright; fewer than {@link #ADVISED_ITERATIONS} only for a test server. */
    static final int FEWEST_ITERATIONS = 10_000;
    /** More would keep a login waiting for seconds. */
    static final int MOST_ITERATIONS = 10_000_000;

    /** The algorithm, as a stored hash names it first. */
    static final String ALGORITHM_NAME = "PBKDF2WithHmacSHA512";
    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=" + ALGORITHM_NAME;
    /** What the identity store is declared with; it checks with each hash's own parameters, so this makes no hash. */
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + ADVISED_ITERATIONS;
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    /** The parameters for hashes made with this many iterations; a number outside the range stops the start-up. */
    static Map<String, String> asMap(int iterations) {
        Settings.requireBetween(ITERATIONS_SETTING, iterations, FEWEST_ITERATIONS, MOST_ITERATIONS);
        return Arrays.stream(new String[] {ALGORITHM, "Pbkdf2PasswordHash.Iterations=" + iterations, SALT_SIZE, KEY_SIZE})
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }

    /** Whether hashes of this many iterations are weaker than OWASP advises: fit for a test server only. */
    static boolean belowAdvice(int iterations) {
        return iterations < ADVISED_ITERATIONS;
    }

    private PasswordHashing() {
    }
}
