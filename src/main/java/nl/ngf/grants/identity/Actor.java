package nl.ngf.grants.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.ngf.grants.shared.NotAllowedException;

/**
 * Who is acting: a logged-in user, with their roles and (for applicants) their organisation.
 * Services take the actor explicitly, so every rule about "who may" is decided in one place.
 */
public record Actor(String username, String displayName, Set<Role> roles,
                    Long organisationId, String organisationCode, String organisationName) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** The workflow candidate group of an applicant organisation. */
    public static String organisationGroup(String organisationCode) {
        return "org-" + organisationCode;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Refuses, as "not allowed", whatever this actor asks for without that role. */
    public void require(Role role) {
        if (!hasRole(role)) {
            throw new NotAllowedException("access.notAllowed");
        }
    }

    public boolean belongsTo(long organisationId) {
        return this.organisationId != null && this.organisationId == organisationId;
    }

    /**
     * Officers and administrators read every organisation's files; applicants only their own. A committee member
     * reads no organisation's files as such: only the plans put before the committee, which the programme module
     * decides (and with them their documents), never a PPS, its reports or its money.
     */
    public boolean readsAllOrganisations() {
        return hasRole(Role.GRANT_OFFICER) || hasRole(Role.ADMINISTRATOR);
    }

    /** Whether this actor may read what belongs to that organisation. */
    public boolean mayRead(long organisationId) {
        return readsAllOrganisations() || belongsTo(organisationId);
    }

    /** Role groups, plus the organisation's group for an applicant. */
    public List<String> candidateGroups() {
        List<String> groups = new ArrayList<>();
        roles.forEach(role -> {
            if (role != Role.APPLICANT) {
                groups.add(role.group());
            }
        });
        if (hasRole(Role.APPLICANT) && organisationCode != null) {
            groups.add(organisationGroup(organisationCode));
        }
        return groups;
    }
}
