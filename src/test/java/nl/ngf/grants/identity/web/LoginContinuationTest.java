package nl.ngf.grants.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** After logging in, a user goes on to the page they asked for, if it is a page of this application on this server. */
class LoginContinuationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", value = {
            "https://ngf.example.org/partnership/detail.xhtml?id=964, /partnership/detail.xhtml?id=964",
            "https://ngf.example.org:443/programme/list.xhtml?status=AWARDED&q=zorg, /programme/list.xhtml?status=AWARDED&q=zorg",
            "https://:443/partnership/detail.xhtml?id=964, /partnership/detail.xhtml?id=964",
            "https://:8443/partnership/detail.xhtml?id=964, none",
            "https:///partnership/detail.xhtml?id=964, /partnership/detail.xhtml?id=964",
            "https://user@:443/partnership/detail.xhtml?id=964, none",
            "partnership/detail.xhtml?id=964, /partnership/detail.xhtml?id=964",
            "/funding/verify.xhtml?task=abc, /funding/verify.xhtml?task=abc",
            "https://ngf.example.org/login.xhtml, none",
            "https://ngf.example.org/, none",
            "'', none",
            "none, none",
            "https://elders.example.com/partnership/detail.xhtml?id=964, none",
            "http://ngf.example.org/partnership/detail.xhtml?id=964, none",
            "https://ngf.example.org:8443/partnership/detail.xhtml?id=964, none",
            "//elders.example.com/partnership/detail.xhtml, none",
            "javascript:alert(1)//.xhtml, none",
            "https://ngf.example.org/jakarta.faces.resource/css/ngf.css, none",
            "https://ngf.example.org/../etc/x.xhtml, none",
            "https://ngf.example.org/a b.xhtml, none"
    })
    void goesOnOnlyToAPageOfThisApplication(String location, String expected) {
        assertThat(Login.continuation("https", "ngf.example.org", 443, "", location)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "http://:9081/partnership/list.xhtml?q=verifi%25C3%25ABren%2520x, http://:9081/partnership/list.xhtml?q=verifi%C3%ABren%20x",
            "http://:9081/programme/list.xhtml?status=AWARDED&q=zorg+techniek, http://:9081/programme/list.xhtml?status=AWARDED&q=zorg+techniek",
            "http://:9081/partnership/detail.xhtml?id=964, http://:9081/partnership/detail.xhtml?id=964"
    })
    void theAddressIsReadBackAsLibertyKeptIt(String cookieValue, String asked) {
        assertThat(Login.decoded(cookieValue)).isEqualTo(asked);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", value = {
            "https://ngf.example.org/ngf/workflow/inbox.xhtml, /ngf/workflow/inbox.xhtml",
            "https://ngf.example.org/other/workflow/inbox.xhtml, none",
            "https://ngf.example.org/ngfx/workflow/inbox.xhtml, none"
    })
    void underAContextPathOnlyWithinIt(String location, String expected) {
        assertThat(Login.continuation("https", "ngf.example.org", 443, "/ngf", location)).isEqualTo(Optional.ofNullable(expected));
    }
}
