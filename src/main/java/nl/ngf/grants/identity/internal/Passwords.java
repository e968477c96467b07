package nl.ngf.grants.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Hashes and checks passwords with the one set of PBKDF2 parameters the identity store verifies with. */
@ApplicationScoped
class Passwords {

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(PasswordHashing.asMap());
    }

    String hash(String password) {
        return passwordHash.generate(password.toCharArray());
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
