package nl.ngf.grants.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The mail server of the integration tests (GreenMail): it takes every mail the server under test sends over
 * SMTP, keeps it in a mailbox per address, and lets the in-container tests read that over IMAP
 * ({@link Mailbox}). It runs in the failsafe JVM for the whole run (failsafe sets {@code ngf.it.mail}); the
 * unit tests start nothing.
 */
public class MailServerForTests implements LauncherSessionListener {

    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;

    private GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("ngf.it.mail")) {
            server = new GreenMail(new ServerSetup[] {new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            server.start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
        }
    }
}
