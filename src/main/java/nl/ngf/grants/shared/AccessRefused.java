package nl.ngf.grants.shared;

/**
 * Event: a user was refused something not theirs to see or do ({@code what}: the page or request,
 * {@code reason}: the refusal's message key). Fired by the web layer, recorded by the audit trail.
 */
public record AccessRefused(String username, String what, String reason) {
}
