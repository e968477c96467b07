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
}
