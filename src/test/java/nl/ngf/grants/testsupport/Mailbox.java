package nl.ngf.grants.testsupport;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What arrived for one address at the integration tests' mail server ({@link MailServerForTests}), read over IMAP
 * from inside the server under test. The mail server opens a mailbox with the first mail to an address (its login
 * and password are the address), so an address nothing was sent to has none.
 */
public final class Mailbox {

    /** One mail as its recipient reads it. */
    public record Mail(String from, List<String> to, String subject, String text) {
    }

    private Mailbox() {
    }

    public static List<Mail> of(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            try {
                store.connect("127.0.0.1", MailServerForTests.IMAP_PORT, address, address);
            } catch (AuthenticationFailedException noMailboxYet) {
                return List.of();
            }
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(new Mail(message.getFrom()[0].toString(),
                            Arrays.stream(message.getAllRecipients()).map(Object::toString).toList(),
                            message.getSubject(), String.valueOf(message.getContent())));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The test mail server could not be read for " + address, e);
        }
    }
}
