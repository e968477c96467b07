package nl.ngf.grants.identity;

/** An organisation as other modules see it. */
public record OrganisationView(long id, String code, String name) {
}
