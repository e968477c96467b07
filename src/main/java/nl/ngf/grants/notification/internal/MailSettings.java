package nl.ngf.grants.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Properties;
import nl.ngf.grants.shared.Settings;
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

    void checkSettings(@Observes @Initialized(ApplicationScoped.class) Object application) {
        check();
    }

    /**
     * Stops the start-up on a port no server listens on, a sender that is no mail address or an address of the
     * application that a link in a mail cannot open: with any of them every notice would fail, at its first attempt and
     * each retry, or lead nowhere, and the applicant would never hear of a task or a deadline.
     */
    void check() {
        Settings.requireBetween("ngf.mail.port", port, 1, 65_535);
        if (!isMailAddress(from)) {
            throw new IllegalStateException("ngf.mail.from is \"" + from
                    + "\", which is no mail address (one address, such as NGF Subsidies <noreply@example.org>)");
        }
        if (!isWebAddress(publicUrl)) {
            throw new IllegalStateException("ngf.public-url is \"" + publicUrl
                    + "\", but the links in a mail need an address starting with http:// or https:// and a host");
        }
    }

    private static boolean isMailAddress(String value) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            return !address.isGroup() && address.getAddress().indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

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
