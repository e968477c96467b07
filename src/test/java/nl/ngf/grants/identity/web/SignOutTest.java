package nl.ngf.grants.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which sign-out is one Liberty kept while the sign-on had ended and sends again right after the next login. */
class SignOutTest {

    @Test
    void onlyASignOutSentAgainOnTheWayFromTheLoginPageIsLeftUndone() {
        assertThat(SignOut.sentAgainAfterLogin(true, "http://localhost:9080/login.xhtml", ""))
                .as("kept, and sent on from the login").isTrue();
        assertThat(SignOut.sentAgainAfterLogin(true, "https://subsidies.example.org/ngf/login.xhtml?done=session.expired.done", "/ngf"))
                .as("under a context path, with the login page's notice").isTrue();
        assertThat(SignOut.sentAgainAfterLogin(false, "http://localhost:9080/login.xhtml", ""))
                .as("nothing kept: a sign-out from a page opened after the login").isFalse();
        assertThat(SignOut.sentAgainAfterLogin(true, "http://localhost:9080/workflow/inbox.xhtml", ""))
                .as("a kept form left behind, and a sign-out clicked on a page: it signs out").isFalse();
        assertThat(SignOut.sentAgainAfterLogin(true, null, "")).as("no Referer: it signs out").isFalse();
        assertThat(SignOut.sentAgainAfterLogin(true, "http://localhost:9080/other/login.xhtml", ""))
                .as("another path's login page").isFalse();
        assertThat(SignOut.sentAgainAfterLogin(true, "::not an address", "")).isFalse();
    }
}
