package nl.ngf.grants.identity;

import java.util.Set;

/**
 * What an administrator sets on a user account: name, organisation (applicants only), roles, active, and the e-mail
 * address reminders go to (optional, null for none).
 */
public record UserDetails(String displayName, Long organisationId, Set<Role> roles, boolean active, String email) {

    public UserDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Without an e-mail address. */
    public UserDetails(String displayName, Long organisationId, Set<Role> roles, boolean active) {
        this(displayName, organisationId, roles, active, null);
    }
}
