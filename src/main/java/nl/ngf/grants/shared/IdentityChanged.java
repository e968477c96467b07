package nl.ngf.grants.shared;

/**
 * Event: a user, organisation or role assignment was changed ({@code action}, e.g. {@code user.created};
 * {@code details}: the values before → after, never a password). Fired inside the changing transaction
 * and recorded by the audit trail in that same transaction, so the change and its entry commit together.
 */
public record IdentityChanged(String actor, String action, String objectType, String objectId, String details) {
}
