package nl.ngf.grants.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with the PBKDF2 parameters of {@link PasswordHashing}, the iterations as configured, and checks them
 * as the identity store does: with the parameters each stored hash names.
 */
@ApplicationScoped
class Passwords {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Passwords.class.getName());

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    @ConfigProperty(name = PasswordHashing.ITERATIONS_SETTING, defaultValue = "" + PasswordHashing.ADVISED_ITERATIONS)
    int iterations;

    @PostConstruct
    void init() {
        passwordHash.initialize(PasswordHashing.asMap(iterations));
        if (PasswordHashing.belowAdvice(iterations)) {
            LOG.warning(() -> PasswordHashing.ITERATIONS_SETTING + " is " + iterations + ": passwords set from now on are hashed with fewer"
                    + " iterations than the " + PasswordHashing.ADVISED_ITERATIONS + " OWASP advises, which is for a test server only");
        }
    }

    /** Iterations outside their range stop the start-up, before any password is hashed with them. */
    void checkSettings(@Observes @Initialized(ApplicationScoped.class) Object application) {
        PasswordHashing.asMap(iterations);
    }

    String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    /**
     * The iterations a stored hash was made with, when they differ from those a hash is made with now (a hash of another
     * algorithm, or one unreadable, is left alone: empty).
     */
    java.util.OptionalInt outdatedIterations(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !PasswordHashing.ALGORITHM_NAME.equals(parts[0]) || !parts[1].matches("\\d{1,9}")) {
            return java.util.OptionalInt.empty();
        }
        int made = Integer.parseInt(parts[1]);
        return made == iterations ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(made);
    }

    int iterations() {
        return iterations;
    }

    boolean matches(String password, String storedHash) {
        return password != null && passwordHash.verify(password.toCharArray(), storedHash);
    }

    /** A hash of no one's password, made with the same parameters, once. */
    private volatile String noOnes;

    /**
     * Checks a password against no one's hash, for the work alone: it costs what checking an account's password costs,
     * which the identity store spends only on a name that is an active account's.
     */
    void checkAgainstNoOnes() {
        String hash = noOnes;
        if (hash == null) {
            hash = hash(java.util.UUID.randomUUID().toString());
            noOnes = hash;
        }
        passwordHash.verify("-".toCharArray(), hash);
    }
}
