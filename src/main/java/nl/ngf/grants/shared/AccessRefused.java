package nl.ngf.grants.shared;

/**
 * Event: a user was refused something not theirs to see or do ({@code what}: the page or request,
 * {@code reason}: the refusal's message key). Fired by the web layer, recorded by the audit trail.
 */
public record AccessRefused(String username, String what, String reason) {

    /** A refused request, named as the trail names every one: its method, path and query ({@code GET /api/programmes/12}). */
    public static AccessRefused ofRequest(String username, String method, Object path, Object query, String reason) {
        return new AccessRefused(username, method + " " + path + (query == null || query.toString().isEmpty() ? "" : "?" + query), reason);
    }
}
