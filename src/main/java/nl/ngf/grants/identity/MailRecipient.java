package nl.ngf.grants.identity;

/** A user a message goes to: who (for the record) and where. */
public record MailRecipient(String username, String displayName, String email) {
}
