package nl.ngf.grants.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where mail goes: an SMTP server ({@code ngf.mail.host}, none by default: then nothing is mailed), its port,
 * optional login and STARTTLS, the sender, and the address the application is reached at for links in a mail.
 */
@ApplicationScoped
public class MailSettings {

    /** How long a mail server may take to answer before a mailing counts as failed. */
    private static final String TIMEOUT_MILLIS = "10000";

    @Inject
    @ConfigProperty(name = "ngf.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "ngf.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "ngf.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "ngf.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "ngf.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "ngf.mail.from", defaultValue = "NGF Subsidies <noreply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "ngf.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    String from() {
        return from;
    }

    /** The application's address for {@code page} (relative, e.g. {@code workflow/inbox.xhtml?q=…}). */
    String link(String page) {
        return publicUrl.replaceAll("/+$", "") + "/" + page;
    }

    Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElseThrow().strip());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        Optional<String> user = username.filter(u -> !u.isBlank());
        if (user.isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        String secret = password.orElse("");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), secret);
            }
        });
    }
}
