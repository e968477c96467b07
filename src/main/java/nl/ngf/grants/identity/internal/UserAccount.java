package nl.ngf.grants.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_id")
    Long id;

    @Column(nullable = false, unique = true, length = 60)
    String username;

    @Column(name = "display_name", nullable = false, length = 200)
    String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    Organisation organisation;

    @Column(nullable = false)
    boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 40)
    Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Organisation organisation, Set<String> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.organisation = organisation;
        this.roles.addAll(roles);
    }
}
