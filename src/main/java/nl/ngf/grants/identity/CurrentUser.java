package nl.ngf.grants.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import nl.ngf.grants.shared.NotAllowedException;

/** The logged-in user of this request, for pages and beans. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    IdentityService identityService;

    private Actor actor;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    /** The actor; refuses when nobody is logged in or the account is gone. */
    public Actor actor() {
        if (actor == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new NotAllowedException("access.notLoggedIn");
            }
            actor = identityService.actor(principal.getName())
                    .orElseThrow(() -> new NotAllowedException("access.notLoggedIn"));
        }
        return actor;
    }

    public String getDisplayName() {
        return isLoggedIn() ? actor().displayName() : "";
    }

    /** The user's roles by their group names, in the order of {@link Role}: for a header that says in what capacity they work. */
    public java.util.List<String> getRoleGroups() {
        return isLoggedIn() ? actor().roles().stream().sorted().map(Role::group).toList() : java.util.List.of();
    }

    public String getOrganisationName() {
        return isLoggedIn() ? actor().organisationName() : null;
    }

    public boolean isGrantOfficer() {
        return is(Role.GRANT_OFFICER);
    }

    public boolean isCommitteeMember() {
        return is(Role.COMMITTEE_MEMBER);
    }

    /**
     * Whether the user reads PPSs, their tranches and money: officers and administrators all of them, an applicant their
     * organisation's. A committee member reads the plans put before the committee, not what follows the award.
     */
    public boolean isReadingPartnerships() {
        return isLoggedIn() && (actor().readsAllOrganisations() || actor().organisationId() != null);
    }

    public boolean isApplicant() {
        return is(Role.APPLICANT);
    }

    public boolean isAdministrator() {
        return is(Role.ADMINISTRATOR);
    }

    private boolean is(Role role) {
        return isLoggedIn() && actor().hasRole(role);
    }
}
