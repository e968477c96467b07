package nl.ngf.grants.shared;

/**
 * Event: a logged-in user changing their own password gave a wrong current one, or tried while their name was locked
 * out for too many failures. Recorded by the audit trail, in a transaction of its own.
 */
public record PasswordCheckFailed(String username, boolean lockedOut) {
}
