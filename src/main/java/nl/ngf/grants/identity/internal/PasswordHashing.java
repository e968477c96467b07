package nl.ngf.grants.identity.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one set of PBKDF2 parameters, shared by the identity store that verifies and the service that
 * hashes. Iterations follow OWASP's advice for PBKDF2-HMAC-SHA512; a stored hash names its own
 * parameters, so raising them later does not break existing passwords.
 */
final class PasswordHashing {

    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    static Map<String, String> asMap() {
        return Arrays.stream(new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE})
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }

    private PasswordHashing() {
    }
}
