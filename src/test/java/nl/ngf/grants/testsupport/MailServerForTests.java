package nl.ngf.grants.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The mail server of the integration tests (GreenMail): it takes every mail the server under test sends over
 * SMTP, keeps it in a mailbox per address, and lets the in-container tests read that over IMAP
 * ({@link Mailbox}). It runs in the failsafe JVM for the whole run (failsafe sets {@code ngf.it.mail}); the
 * unit tests start nothing. A browser test, which runs in that JVM too, can take it away for a while
 * ({@link #away()}), as a mail server that is down.
 */
public class MailServerForTests implements LauncherSessionListener {

    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;

    private static volatile GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("ngf.it.mail")) {
            server = started();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * Stops the mail server, so that whatever the server under test mails meanwhile is refused (the connection is);
     * closing the returned handle starts it again on the same ports, its mailboxes empty.
     */
    public static Away away() {
        GreenMail running = server;
        if (running == null) {
            throw new IllegalStateException("The test mail server runs in the integration tests only (ngf.it.mail)");
        }
        running.stop();
        return () -> server = started();
    }

    /** The mail server away, until closed. */
    public interface Away extends AutoCloseable {
        @Override
        void close();
    }

    private static GreenMail started() {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        return greenMail;
    }
}
