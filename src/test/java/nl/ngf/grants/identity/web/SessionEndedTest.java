package nl.ngf.grants.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user whose session ended while they were on a page logs in again and goes on with that page: the one they opened,
 * or, for a form they sent, an Ajax request or a document opened from a page, the page it was sent or opened from, with the
 * query that says which record it shows.
 */
class SessionEndedTest {

    @ParameterizedTest(name = "{0} {2}?{3} from {4} → {5}")
    @CsvSource(nullValues = "none", value = {
            "GET, false, /programme/detail.xhtml, id=1060, none, /programme/detail.xhtml?id=1060",
            "GET, false, /programme/list.xhtml, status=AWARDED&q=zorg+en, none, /programme/list.xhtml?status=AWARDED&q=zorg+en",
            "GET, false, /workflow/inbox.xhtml, none, none, /workflow/inbox.xhtml",
            "GET, false, /programme/detail.xhtml, id=1060&done=comment.done, none, /programme/detail.xhtml?id=1060",
            "POST, false, /programme/detail.xhtml, none, http://ngf.example.org/programme/detail.xhtml?id=1060&done=comment.done, /programme/detail.xhtml?id=1060",
            "POST, false, /programme/detail.xhtml, none, http://ngf.example.org/programme/detail.xhtml?id=1060, /programme/detail.xhtml?id=1060",
            "POST, true, /partnership/detail.xhtml, none, http://ngf.example.org/partnership/detail.xhtml?id=964, /partnership/detail.xhtml?id=964",
            "GET, true, /partnership/list.xhtml, q=x, http://ngf.example.org/partnership/list.xhtml?q=y, /partnership/list.xhtml?q=y",
            "POST, false, /programme/detail.xhtml, none, none, none",
            "POST, false, /programme/detail.xhtml, none, https://elders.example.com/programme/detail.xhtml?id=1, none",
            "POST, false, /error/error.xhtml, none, http://ngf.example.org/error/error.xhtml, none",
            "GET, false, /error/expired.xhtml, none, none, none",
            "GET, false, /login.xhtml, done=x, none, none",
            "GET, false, /api/programmes, none, none, none",
            "GET, false, /api/documents/77, none, http://ngf.example.org/partnership/detail.xhtml?id=964, /partnership/detail.xhtml?id=964",
            "GET, false, /api/documents/77, none, https://elders.example.com/partnership/detail.xhtml?id=964, none",
            "GET, false, /jakarta.faces.resource/css/ngf.css, ln=ngf, none, none"
    })
    void afterTheLoginTheUserGoesOnWithThePageTheyWereOn(String method, boolean ajax, String path, String query, String referer,
            String expected) {
        assertThat(EndOutdatedSessions.pageToReturnTo(method, ajax, path, query, referer, "ngf.example.org", "")).isEqualTo(expected);
    }
}
