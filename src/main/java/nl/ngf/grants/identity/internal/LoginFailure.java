package nl.ngf.grants.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed login for a user name from an address, kept for the lock-out period. */
@Entity
@Table(name = "login_failure")
@SequenceGenerator(name = "ngf_login_failure_id", sequenceName = "ngf_id_seq", allocationSize = 50)
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_login_failure_id")
    Long id;

    @Column(name = "username_key", nullable = false, updatable = false, length = 200)
    String usernameKey;

    /** Where it came from: the client's address, an IPv6 one as its network (see ThrottledLoginAttempts#address). */
    @Column(name = "client_address", nullable = false, updatable = false, length = 64)
    String clientAddress;

    @Column(name = "failed_at", nullable = false, updatable = false)
    Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(String usernameKey, String clientAddress, Instant failedAt) {
        this.usernameKey = usernameKey;
        this.clientAddress = clientAddress;
        this.failedAt = failedAt;
    }
}
