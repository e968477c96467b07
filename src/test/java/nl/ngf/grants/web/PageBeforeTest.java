package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page a form not taken offers to open again: only ever a page of this application on this server. */
class PageBeforeTest {

    private static String page(String referer) {
        return PageBefore.pageOf(referer, "subsidies.example.org", "");
    }

    @Test
    void aPageOfThisApplicationIsOfferedWithItsQuery() {
        assertThat(page("https://subsidies.example.org/programme/detail.xhtml?id=961")).isEqualTo("/programme/detail.xhtml?id=961");
        assertThat(page("http://SUBSIDIES.example.org:9080/funding/verify.xhtml?task=a-b")).isEqualTo("/funding/verify.xhtml?task=a-b");
        assertThat(PageBefore.pageOf("https://subsidies.example.org/ngf/workflow/inbox.xhtml", "subsidies.example.org", "/ngf"))
                .isEqualTo("/ngf/workflow/inbox.xhtml");
    }

    @Test
    void withoutTheNoticeItsOpeningShowedAfterAnAction() {
        assertThat(page("https://subsidies.example.org/programme/detail.xhtml?id=961&done=comment.done"))
                .as("not 'Uw opmerking is geplaatst' again, of nothing done").isEqualTo("/programme/detail.xhtml?id=961");
        assertThat(page("https://subsidies.example.org/workflow/inbox.xhtml?done=verify.done")).isEqualTo("/workflow/inbox.xhtml");
        assertThat(page("https://subsidies.example.org/programme/list.xhtml?done&q=done+zorg&status=AWARDED"))
                .as("a search for the word kept").isEqualTo("/programme/list.xhtml?q=done+zorg&status=AWARDED");
    }

    @Test
    void nothingElseIs() {
        assertThat(page(null)).isNull();
        assertThat(page("")).isNull();
        assertThat(page("https://elders.example.org/programme/detail.xhtml?id=961")).as("another site").isNull();
        assertThat(page("https://subsidies.example.org.elders.example/programme/list.xhtml")).as("a look-alike host").isNull();
        assertThat(page("https://iemand@subsidies.example.org/programme/list.xhtml")).as("a user in the address").isNull();
        assertThat(page("/programme/list.xhtml")).as("not an address a browser sends").isNull();
        assertThat(page("javascript:alert(1)//subsidies.example.org/x.xhtml")).isNull();
        assertThat(page("https://subsidies.example.org/login.xhtml")).as("the login page").isNull();
        assertThat(page("https://subsidies.example.org/error/expired.xhtml")).as("an error page").isNull();
        assertThat(page("https://subsidies.example.org/api/documents/12")).as("not a page").isNull();
        assertThat(page("https://subsidies.example.org/programme/../login.xhtml")).isNull();
        assertThat(page("https://subsidies.example.org//elders.example/x.xhtml")).isNull();
        assertThat(PageBefore.pageOf("https://subsidies.example.org/andere-app/x.xhtml", "subsidies.example.org", "/ngf"))
                .as("another application on the server").isNull();
        assertThat(page("https://subsidies.example.org/x.xhtml?a=%zz b")).as("an address that cannot be read").isNull();
    }
}
