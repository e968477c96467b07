package nl.ngf.grants.shared;

/** Event: a login with these credentials failed. Recorded by the audit trail. */
public record LoginFailed(String username, String remoteAddress) {
}
