package nl.ngf.grants.identity;

import java.util.Set;

/** What an administrator sets on a user account: name, organisation (applicants only), roles, active. */
public record UserDetails(String displayName, Long organisationId, Set<Role> roles, boolean active) {

    public UserDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
