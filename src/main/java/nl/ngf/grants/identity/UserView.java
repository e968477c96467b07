package nl.ngf.grants.identity;

import java.util.Set;

/**
 * A user account as the administration screen shows it; never the password hash. {@code passwordChangeRequired}:
 * the password was set by an administrator and the user has not yet chosen their own. {@code email}: where reminders go,
 * null for none.
 */
public record UserView(long id, String username, String displayName, Long organisationId, String organisationName,
                       Set<Role> roles, boolean active, boolean passwordChangeRequired, String email) {

    public UserView {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** What an administrator's form edits of this user, as it is here. */
    public UserDetails details() {
        return new UserDetails(displayName, organisationId, roles, active, email);
    }
}
