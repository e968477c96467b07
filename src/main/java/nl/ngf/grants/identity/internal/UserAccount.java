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
import java.util.stream.Collectors;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.identity.UserView;

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

    /** Raised by every change to what the user may do; sessions logged in before it end. */
    @Column(name = "access_version", nullable = false)
    int accessVersion;

    /** The password was set by an administrator: the user chooses their own at the next login. */
    @Column(name = "password_change_required", nullable = false)
    boolean passwordChangeRequired;

    /** Where reminders go; null for none. */
    @Column(length = 254)
    String email;

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

    void change(String displayName, Organisation organisation, Set<String> roles, boolean active, String email) {
        if (!java.util.Objects.equals(idOf(organisation), idOf(this.organisation)) || !roles.equals(this.roles)
                || active != this.active) {
            accessVersion++;
        }
        this.displayName = displayName;
        this.organisation = organisation;
        this.roles.clear();
        this.roles.addAll(roles);
        this.active = active;
        this.email = email;
    }

    private static Long idOf(Organisation organisation) {
        return organisation == null ? null : organisation.id;
    }

    /** A new password; {@code byAdministrator} means it is for one login only (see passwordChangeRequired). */
    void changePassword(String passwordHash, boolean byAdministrator) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = byAdministrator;
        accessVersion++;
    }

    /** A new account's password set by an administrator: for one login only. */
    void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    String passwordHash() {
        return passwordHash;
    }

    UserView view() {
        return new UserView(id, username, displayName, organisation == null ? null : organisation.id,
                organisation == null ? null : organisation.name,
                roles.stream().map(Role::ofGroup).collect(Collectors.toSet()), active, passwordChangeRequired, email);
    }
}
