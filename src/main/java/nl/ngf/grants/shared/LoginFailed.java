package nl.ngf.grants.shared;

/**
 * Event: a login with these credentials failed. Recorded by the audit trail. {@code username}: the name as typed when it
 * is an account's; null when it is no account's, for what was typed may then be a password typed into the name field,
 * which the trail would keep for ever for every administrator to read.
 */
public record LoginFailed(String username, String remoteAddress) {
}
