package nl.ngf.grants.notification.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A mail setting that no mail could go out with stops the start-up, naming it: otherwise every notice to an applicant
 * would fail at its first attempt and its five retries, and the applicant would never hear of a task or a deadline.
 */
class MailSettingsTest {

    private static MailSettings settings(int port, String from, String publicUrl) {
        MailSettings settings = new MailSettings();
        settings.host = Optional.of("smtp.example.org");
        settings.port = port;
        settings.from = from;
        settings.publicUrl = publicUrl;
        return settings;
    }

    @Test
    void theDefaultsAndATypicalServerPass() {
        assertThatCode(() -> settings(25, "NGF Subsidies <noreply@localhost>", "http://localhost:9080").check()).doesNotThrowAnyException();
        assertThatCode(() -> settings(587, "subsidies@groeifonds.example.nl", "https://subsidies.example.nl/ngf/").check())
                .doesNotThrowAnyException();
    }

    @Test
    void aPortNoServerListensOnStopsTheStartUp() {
        assertThatThrownBy(() -> settings(0, "noreply@localhost", "http://localhost:9080").check())
                .isInstanceOf(IllegalStateException.class).hasMessage("ngf.mail.port is 0, but it lies between 1 and 65535");
        assertThatThrownBy(() -> settings(65_536, "noreply@localhost", "http://localhost:9080").check())
                .hasMessage("ngf.mail.port is 65536, but it lies between 1 and 65535");
    }

    @Test
    void aSenderThatIsNoMailAddressStopsTheStartUp() {
        assertThatThrownBy(() -> settings(25, "NGF Subsidies <noreply@", "http://localhost:9080").check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ngf.mail.from is \"NGF Subsidies <noreply@\", which is no mail address");
        assertThatThrownBy(() -> settings(25, "noreply", "http://localhost:9080").check())
                .hasMessageStartingWith("ngf.mail.from is \"noreply\", which is no mail address");
        assertThatThrownBy(() -> settings(25, "a@example.org, b@example.org", "http://localhost:9080").check())
                .hasMessageStartingWith("ngf.mail.from is \"a@example.org, b@example.org\", which is no mail address");
    }

    @Test
    void anAddressTheLinksInAMailCannotOpenStopsTheStartUp() {
        for (String url : new String[] {"localhost:9080", "subsidies.example.nl", "ftp://subsidies.example.nl", "https://", "http://x y"}) {
            assertThatThrownBy(() -> settings(25, "noreply@localhost", url).check()).as(url)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("ngf.public-url is \"" + url + "\", but the links in a mail need an address starting with http:// or https:// and a host");
        }
    }
}
