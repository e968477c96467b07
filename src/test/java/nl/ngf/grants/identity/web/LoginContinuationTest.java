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

    /**
     * A form sent when the session and the sign-on had both ended: Liberty keeps the form's address, the page's path without
     * its query; the page the user was on (the Referer) is where they go on. A link followed keeps its whole address.
     */
    @ParameterizedTest(name = "asked {0}, on {1}: the form's page {2}")
    @CsvSource(nullValues = "none", value = {
            "http://:9080/programme/detail.xhtml, /programme/detail.xhtml?id=1060, true",
            "https://ngf.example.org/funding/verify.xhtml, /funding/verify.xhtml?task=abc, true",
            "http://:9080/workflow/inbox.xhtml, /workflow/inbox.xhtml, true",
            "http://:9080/ngf/programme/detail.xhtml, /ngf/programme/detail.xhtml?id=7, true",
            "http://:9080/programme/detail.xhtml?id=1061, /programme/detail.xhtml?id=1060, false",
            "http://:9080/programme/list.xhtml?page=2, /programme/list.xhtml?page=1, false",
            "http://:9080/partnership/detail.xhtml, /programme/detail.xhtml?id=1060, false",
            "http://:9080/programme/detail.xhtml, none, false",
            "none, /programme/detail.xhtml?id=1060, false",
            "'http://:9080/a b.xhtml', /a b.xhtml, false"
    })
    void aFormSentAfterTheSessionEndedGoesOnAtThePageItWasOn(String asked, String page, boolean form) {
        assertThat(Login.formOf(asked, page)).isEqualTo(form);
    }
}
