package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ngf.grants.testsupport.BrowserTestSupport;
import nl.ngf.grants.testsupport.Chromium;
import nl.ngf.grants.testsupport.ItDatabase;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What keeps a session and a file safe, as a browser meets it: the session id at login, security headers and the
 * Content-Security-Policy, the warning before a session ends and what happens after, a link opened while logged
 * out, state changes only by POST with the form's view state, and every page as every role against another
 * organisation's file.
 */
@EnabledIfSystemProperty(named = "ngf.it.db", matches = "h2", disabledReason = "browser tests use the demo users of the embedded database")
@ExtendWith(Chromium.class)
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class SecurityBrowserIT extends BrowserTestSupport {

    @Test
    void theSessionIdChangesAtLoginAndEveryResponseCarriesSecurityHeaders() throws Exception {
        go("login.xhtml");
        org.openqa.selenium.Cookie before = browser.manage().getCookieNamed("JSESSIONID");
        logIn("adviseur");
        org.openqa.selenium.Cookie after = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(after).isNotNull();
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Strict");
        assertThat(before).as("the login form already has a session").isNotNull();
        assertThat(after.getValue()).as("a new session id after login").isNotEqualTo(before.getValue());
        // Every cookie, the container's sign-on cookie that carries the login included.
        assertThat(browser.manage().getCookies()).extracting(org.openqa.selenium.Cookie::getName).contains("LtpaToken2")
                .allSatisfy(name -> {
                    org.openqa.selenium.Cookie cookie = browser.manage().getCookieNamed(name);
                    assertThat(cookie.isHttpOnly()).as(name + " HttpOnly").isTrue();
                    assertThat(cookie.getSameSite()).as(name + " SameSite").isEqualTo("Strict");
                });
        logOut();

        // A page asked for while logged out: Liberty keeps its address in a cookie while the user logs in, which no
        // script of a page reads and no other site's request carries.
        go("programme/list.xhtml?status=AWARDED");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        org.openqa.selenium.Cookie asked = browser.manage().getCookieNamed("WASReqURL");
        assertThat(asked).as("the address asked for, kept").isNotNull();
        assertThat(asked.getValue()).endsWith("/programme/list.xhtml?status=AWARDED");
        assertThat(asked.isHttpOnly()).as("WASReqURL HttpOnly").isTrue();
        assertThat(asked.getSameSite()).as("WASReqURL SameSite").isEqualTo("Strict");
        assertThat((String) script("return document.cookie;")).as("what the login page's scripts can read").doesNotContain("WASReqURL");
        fillLogin("adviseur", "ngf-demo");
        wait.until(ExpectedConditions.urlContains("programme/list.xhtml?status=AWARDED"));
        assertThat(browser.manage().getCookieNamed("WASReqURL")).as("cleared at the login").isNull();
        logOut();
        // A form sent while logged out: Liberty keeps it in a cookie to send again after the login, never for another site.
        HttpResponse<String> sentLoggedOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "programme/list.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("q=zorg")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sentLoggedOut.statusCode()).isEqualTo(302);
        assertThat(sentLoggedOut.headers().allValues("Set-Cookie")).as("the cookies of the redirect to the login page")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("WASPostParam="))
                .allSatisfy(cookie -> assertThat(cookie).contains("SameSite=Strict"));

        for (String page : new String[] {"login.xhtml", "workflow/inbox.xhtml", "error/not-found.xhtml"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.startsWith("workflow")) {
                // The security layer's redirect to the login form: no content, so no policy, but the other headers.
                assertThat(response.statusCode()).as(page).isEqualTo(302);
            } else {
                assertThat(response.headers().allValues("Content-Security-Policy")).as("%s: one policy", page).singleElement()
                        .satisfies(policy -> assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'")
                                .contains("object-src 'none'"));
                String scripts = response.headers().firstValue("Content-Security-Policy").orElseThrow().replaceAll(".*script-src([^;]*).*", "$1");
                assertThat(scripts).as("%s: scripts only from here and with this response's nonce", page)
                        .contains("'self'").containsPattern("'nonce-[A-Za-z0-9+/=_-]{16,}'").doesNotContain("unsafe");
            }
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(page).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page).contains("same-origin");
        }
    }

    /**
     * Before the session ends for want of activity the user is warned and stays logged in with one click (WCAG 2.2.1);
     * one who types without reaching the server is kept without being asked; after the end the page says so. The page
     * counts the server's half hour from its last request; here its timer is started anew with seconds for minutes.
     */
    @Test
    void beforeTheSessionEndsTheUserIsWarnedAndStaysLoggedInWithOneClick() {
        logIn("aanvrager");
        assertThat(browser.findElement(By.id("session-watch")).getDomAttribute("data-timeout")).as("the server's timeout, in seconds")
                .isEqualTo("1800");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("window.ngfSessionWatch.start(8, 4);");
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session:sessionWarning")));
        assertThat(warning.getText()).contains("Blijft u ingelogd?")
                .contains("Over 2 minuten wordt u uitgelogd, en wat u dan nog niet heeft opgeslagen of ingediend, gaat verloren.");
        // The keyboard is on the button (PrimeFaces puts it there once the dialog is shown).
        wait.until(driver -> "session:stayLoggedIn".equals(driver.switchTo().activeElement().getDomAttribute("id")));
        long asked = ((Number) js.executeScript("return Number(localStorage.getItem('ngf.lastContact'));")).longValue();
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOf(warning));
        assertThat(((Number) js.executeScript("return Number(localStorage.getItem('ngf.lastContact'));")).longValue())
                .as("staying reached the server").isGreaterThan(asked);

        // Someone typing is kept logged in without being asked: the page asks the server itself before the warning.
        js.executeScript("window.ngfSessionWatch.start(8, 4); window.ngfStartedAt = Number(localStorage.getItem('ngf.lastContact'));");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.SHIFT).perform();
        wait.until(driver -> (Boolean) js.executeScript("return Number(localStorage.getItem('ngf.lastContact')) - window.ngfStartedAt >= 4000;"));
        assertThat(warning.isDisplayed()).as("no warning for someone at work").isFalse();

        // Nobody there: warned, and at the end told they are logged out, with a button to log in again.
        js.executeScript("window.ngfSessionWatch.start(3, 2);");
        WebElement expired = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session:sessionExpired")));
        assertThat(expired.getText()).contains("U bent uitgelogd")
                .contains("Wat u niet had opgeslagen of ingediend, is niet vastgelegd.").contains("Opnieuw inloggen");
        assertThat(warning.isDisplayed()).isFalse();
        wait.until(driver -> "session:loginAgain".equals(driver.switchTo().activeElement().getDomAttribute("id")));
        // The server has ended the session too (here: the browser forgets it), while the sign-on token, which lasts two
        // hours, still counts: the page asks for the login, saying why, and after it the user is back on the page they were on.
        String page = browser.getCurrentUrl();
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.switchTo().activeElement().click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(infoMessages()).contains(SESSION_EXPIRED);
        fillLogin("aanvrager", "ngf-demo");
        wait.until(ExpectedConditions.urlToBe(page));
        logOut();
    }

    /**
     * A user name typed with a capital, as a phone's keyboard starts a field, logs in (user names are lower case), and
     * the field asks the keyboard not to capitalise or correct it.
     */
    @Test
    void aUserNameTypedWithACapitalLogsIn() {
        go("login.xhtml");
        WebElement field = browser.findElement(By.id("login:username"));
        assertThat(List.of(field.getDomAttribute("autocapitalize"), field.getDomAttribute("autocorrect"), field.getDomAttribute("spellcheck")))
                .containsExactly("none", "off", "false");
        fillLogin(" Adviseur2", "ngf-demo");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        assertThat(text("current-user")).isEqualTo("Ahmed El Amrani · Subsidieadviseur");
        logOut();
        fillLogin("ADVISEUR2", "niet het wachtwoord");
        assertThat(errorMessages()).as("a wrong password is wrong in any case").isNotEmpty();
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
    }

    /**
     * Signing out ends this browser's login only: the same user's other browser (another computer) goes on. And a
     * sign-out sent once the sign-on had ended (two hours into the day), which Liberty keeps to send again after the
     * next login, does not end that login: a colleague logging in at the same computer stays logged in.
     */
    @Test
    void signingOutEndsThisBrowsersLoginOnly() throws Exception {
        withSecondBrowser((first, second) -> {
            logIn("aanvrager");
            use(second);
            logIn("aanvrager");
            logOut();
            use(first);
            go("partnership/list.xhtml");
            assertThat(browser.getCurrentUrl()).contains("partnership/list.xhtml");
            assertThat(text("current-user")).as("still logged in in the other browser").isEqualTo("Jeroen Smit · Aanvrager");
        });

        browser.manage().deleteCookieNamed("LtpaToken2");
        click("nav:logout");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        fillLogin("adviseur2", "ngf-demo");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        assertThat(text("current-user")).isEqualTo("Ahmed El Amrani · Subsidieadviseur");
        go("partnership/list.xhtml");
        assertThat(text("current-user")).as("the sign-out sent before the login ended nothing").isEqualTo("Ahmed El Amrani · Subsidieadviseur");
        logOut();
        go("partnership/list.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(browser.findElements(By.id("current-user"))).as("a sign-out of their own signs out").isEmpty();
    }

    /**
     * A form sent when the two-hour sign-on has ended in the middle of a working day (the session still there) is sent
     * again after the login and applied. One sent after an afternoon away, when the session had ended too, cannot be:
     * the login says the session expired and that nothing unsent was recorded, and after it the user is back on the page
     * the form was on, with its whole address, instead of on a page saying it expired.
     */
    @Test
    void aFormSentAfterTheSignOnEndedGoesOnAtItsPageAfterTheLogin() {
        logIn("adviseur");
        String page = base + "programme/detail.xhtml?id="
                + idOf("programme/list.xhtml", "Centres of Expertise Techniek en Zorg", "programme/detail");
        go(page.substring(base.toString().length()));
        browser.manage().deleteCookieNamed("LtpaToken2");
        type("comment:text", "Na twee uur werk verstuurd.");
        click("comment:post");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        fillLogin("adviseur", "ngf-demo");
        wait.until(ExpectedConditions.urlContains("done=comment.done"));
        assertThat(text("comments")).as("sent again with the session's page and applied").contains("Na twee uur werk verstuurd.");

        browser.manage().deleteAllCookies();
        type("comment:text", "Voor de lunch geschreven, na de middag verstuurd.");
        click("comment:post");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(infoMessages()).contains(SESSION_EXPIRED);
        fillLogin("adviseur", "ngf-demo");
        wait.until(ExpectedConditions.urlToBe(page));
        assertThat(browser.getTitle()).doesNotContain("verlopen");
        assertThat(text("comments")).contains("Na twee uur werk verstuurd.").doesNotContain("Voor de lunch geschreven");
        logOut();
    }

    /**
     * A link opened while logged out (from a reminder mail, a bookmark, a colleague) opens once the user has logged in,
     * with everything its address says; a login of one's own accord starts at the inbox.
     */
    @Test
    void aLinkOpenedWhileLoggedOutOpensOnceLoggedIn() {
        String link = base + "programme/list.xhtml?status=AWARDED&q=Zorg+en";
        browser.get(link);
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        fillLogin("adviseur", "ngf-demo");
        wait.until(ExpectedConditions.urlToBe(link));
        assertThat(browser.findElement(By.id("list:query")).getDomProperty("value")).as("the search the link asked for").isEqualTo("Zorg en");
        logOut();
        logIn("adviseur");
        assertThat(browser.getCurrentUrl()).as("the link is followed once").endsWith("workflow/inbox.xhtml");
        logOut();
    }

    /**
     * Browsers keep the application's style sheet and scripts for a week; each page names them by a fingerprint of
     * what the server sends, so a deployment that changes one reaches every browser on its next page.
     */
    @Test
    void thePagesNameTheApplicationsOwnStyleSheetAndScriptsByTheirContent() throws Exception {
        // HTTP/1.1, as a browser speaks it over plain HTTP: Java's client otherwise asks to upgrade to cleartext HTTP/2 (h2c),
        // and Open Liberty 26.0.0.5 cuts the answer to that first, upgraded request short (its last bytes, here the page's
        // last scripts; HTTP/2 over TLS, as browsers speak it, is whole).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).as("the whole page").endsWith("</html>");
        assertThat(page.indexOf("<meta charset=\"UTF-8\"")).as("the character set declared within the first 1024 bytes,"
                + " where a browser looks for it, before PrimeFaces' style sheets and scripts").isBetween(0, 1023);
        List<String> own = java.util.regex.Pattern.compile("(?:href|src)=\"([^\"]*/jakarta\\.faces\\.resource/(?:css|js|img)/[^\"]*)\"")
                .matcher(page).results().map(m -> m.group(1).replace("&amp;", "&")).toList();
        assertThat(own).as("the style sheet, the address, menu-name, session, refusal and language scripts and the icon").hasSize(7);
        for (String address : own) {
            HttpResponse<byte[]> resource = http.send(HttpRequest.newBuilder(base.toURI().resolve(address)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(resource.statusCode()).as(address).isEqualTo(200);
            String fingerprint = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(resource.body()));
            assertThat(address).as("named by what it is").endsWith("?v=" + fingerprint.substring(0, 12));
            assertThat(resource.headers().firstValue("Cache-Control")).as(address).hasValueSatisfying(c -> assertThat(c).contains("max-age="));
        }
    }

    /**
     * Behind a proxy where TLS ends (on the same machine, which the server trusts by default), the server's own
     * redirects stay on https as the proxy says the browser came, where they sent the browser to plain http; a
     * request no proxy forwarded (no X-Forwarded-For) is taken as it came. A page that came over HTTPS tells the browser
     * to come over HTTPS only from then on (Strict-Transport-Security), so that it never sends the session's cookies to
     * the plain-HTTP port; one that came over plain HTTP says nothing of the kind, where it would mean nothing.
     */
    @Test
    void behindAProxyWhereTlsEndsTheServersRedirectsStayOnHttps() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<Void> forwarded = http.send(HttpRequest.newBuilder(URI.create(base + "workflow/inbox.xhtml"))
                .header("X-Forwarded-For", "203.0.113.5").header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(forwarded.statusCode()).as("to the login").isEqualTo(302);
        assertThat(forwarded.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).startsWith("https://").endsWith("/login.xhtml"));
        HttpResponse<Void> direct = http.send(HttpRequest.newBuilder(URI.create(base + "workflow/inbox.xhtml"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(direct.headers().firstValue("Location")).as("no client forwarded: as it came")
                .hasValueSatisfying(to -> assertThat(to).startsWith("http://").endsWith("/login.xhtml"));

        HttpResponse<Void> overHttps = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", "203.0.113.5").header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).as("the login page over HTTPS").contains("max-age=31536000");
        HttpResponse<Void> overHttp = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", "203.0.113.5").header("X-Forwarded-Proto", "http").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).as("the login page over plain HTTP").isEmpty();
    }

    /**
     * On a computer shared by several people (a school's, a library's), whoever presses Back after a user signed out
     * sees the login, not the file the user had open: the browser keeps no page of the application (Cache-Control:
     * no-store, nor Ajax answers or the API's), only its style sheets and scripts, which hold nothing of anyone's.
     */
    @Test
    void afterSigningOutTheBackButtonShowsNothingOfWhatTheUserSaw() throws Exception {
        logIn("aanvrager");
        String file = "Opschaling van publiek-private samenwerkingen";
        go("programme/detail.xhtml?id=" + idOf("programme/list.xhtml", file, "programme/detail"));
        assertThat(browser.findElement(By.tagName("main")).getText()).as("the applicant's own file").contains(file);
        logOut();
        browser.navigate().back();
        assertThat(browser.getCurrentUrl()).as("Back: the page before the sign-out asked for again, and the login shown instead")
                .contains("login.xhtml");
        assertThat(browser.getPageSource()).as("nothing of the file, from the browser's memory or otherwise").doesNotContain(file);

        // Logged in again, the user is back at the page asked for.
        fillLogin("aanvrager", "ngf-demo");
        wait.until(ExpectedConditions.urlContains("programme/detail.xhtml"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(file);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String session = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        for (String page : new String[] {"login.xhtml", "workflow/inbox.xhtml", "programme/list.xhtml", "api/programmes", "error/not-found.xhtml"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + page)).header("Cookie", session).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isIn(200, 404);
            assertThat(response.headers().allValues("Cache-Control")).as("%s: kept by no browser or proxy", page)
                    .anySatisfy(value -> assertThat(value).contains("no-store"));
        }
        String styleSheet = java.util.regex.Pattern.compile("href=\"([^\"]*/jakarta\\.faces\\.resource/css/ngf\\.css[^\"]*)\"")
                .matcher(browser.getPageSource()).results().map(m -> m.group(1).replace("&amp;", "&")).findFirst().orElseThrow();
        HttpResponse<Void> resource = http.send(HttpRequest.newBuilder(base.toURI().resolve(styleSheet)).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(resource.headers().allValues("Cache-Control")).as("the style sheet, kept for a while")
                .anySatisfy(value -> assertThat(value).contains("max-age=")).noneSatisfy(value -> assertThat(value).contains("no-store"));
    }

    /**
     * A page is asked for (GET, HEAD) or a form sent to it (POST); any other method is refused, saying which three a page
     * takes, in the user's language, where Faces answered TRACE, PUT, DELETE and OPTIONS with the page (which a security
     * scan reports as methods left open). The page itself still opens.
     */
    @Test
    void aPageTakesOnlyGetHeadAndPost() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // TRACE, which would echo the request (its cookies among them), Open Liberty refuses itself at times (403).
        HttpResponse<String> traced = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("X-Echo", "echo-" + UUID.randomUUID()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(traced.statusCode()).as("TRACE").isIn(403, 405);
        assertThat(traced.body()).as("TRACE").doesNotContain("echo-").doesNotContain("<html");
        for (String method : new String[] {"PUT", "DELETE", "OPTIONS", "PATCH"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).as(method).contains("GET, HEAD, POST");
            assertThat(answer.headers().firstValue("Content-Language")).as(method).hasValueSatisfying(language -> assertThat(language).startsWith("nl"));
            assertThat(answer.body()).as(method).isEqualTo("Een pagina wordt alleen opgevraagd (GET of HEAD) of een formulier verstuurd (POST);"
                    + " dit verzoek is geweigerd en er is niets gewijzigd.").doesNotContain("<html");
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("HEAD").isEqualTo(200);
        go("login.xhtml");
        assertThat(browser.findElements(By.id("login:username"))).as("GET").hasSize(1);
    }

    /**
     * Style sheets and scripts travel compressed; a page and an Ajax answer never do, since they carry the view
     * state beside text a request put in, which compression would let an eavesdropper guess at (BREACH).
     */
    @Test
    void scriptsTravelCompressedButPagesAndAjaxAnswersDoNot() {
        logIn("beheerder");
        go("history/timeline.xhtml?programme=" + idOf("programme/list.xhtml", "Learning Communities Zorg en Technologie", "programme/detail"));
        By rows = By.cssSelector("[id='history:moments_data'] > tr");
        int all = browser.findElements(rows).size();
        chooseFromMenu("history:moments:sourceFilter", "Auditlog");
        wait.until(driver -> driver.findElements(rows).size() < all);
        // What the browser received of each response: its size as sent and as read.
        List<Map<String, Object>> received = script(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => "
                + "({name: e.name, kind: e.initiatorType, sent: e.encodedBodySize, read: e.decodedBodySize}));");
        java.util.function.Predicate<Map<String, Object>> compressed = r -> ((Number) r.get("sent")).longValue() < ((Number) r.get("read")).longValue();
        assertThat(received).filteredOn(r -> r.get("kind").equals("navigation")).as("the page").singleElement()
                .matches(compressed.negate(), "sent as it is");
        assertThat(received).filteredOn(r -> r.get("kind").equals("xmlhttprequest")).as("the filter's Ajax answer").isNotEmpty()
                .allMatch(compressed.negate(), "sent as it is");
        assertThat(received).filteredOn(r -> r.get("name").toString().matches(".*(components|core)\\.js\\.xhtml.*|.*bpmn-navigated-viewer.*|.*ngf\\.css.*"))
                .as("PrimeFaces' scripts, the diagram viewer, the style sheet").hasSize(4)
                .allMatch(compressed, "compressed");
    }

    /**
     * Every other response of the application (a style sheet, the JSON API) carries the same policy, and
     * no response ever carries two: asked by the logged-in page itself, and over HTTP/2 (h2c) as well.
     */
    @Test
    void responsesOutsideThePagesCarryAStrictPolicyToo() throws Exception {
        logIn("adviseur");
        for (String path : new String[] {"resources/css/ngf.css", "api/programmes", "favicon.ico"}) {
            String policy = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[1]; fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-security-policy')));",
                    base + path);
            assertThat(policy).as(path).startsWith("200 ").contains("script-src 'self';").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval").doesNotContain(", ");
        }
        // A script slipped into the page is refused, and the console says so: what the check after each test looks for.
        script(
                "const s = document.createElement('script'); s.textContent = 'document.title = \"gehackt\"'; document.body.appendChild(s);");
        assertThat(browser.getTitle()).doesNotContain("gehackt");
        assertThat(Chromium.policyViolations((org.openqa.selenium.chrome.ChromeDriver) browser)).isNotEmpty();

        // The icon a browser asks for by itself (on a JSON answer, say) is there, for anyone.
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(java.util.Arrays.copyOf(icon.body(), 4)).as("an icon file").containsExactly(0, 0, 1, 0);

        // The API's description lists the application's endpoints (only its own packages are searched for them).
        HttpResponse<String> openApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + base.getHost() + ":" + base.getPort() + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/programmes:", "/api/programmes/{id}:", "/api/audit/verify:", "/api/ledger/verify:",
                "/api/documents/{id}:");

        HttpResponse<String> h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()
                .send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(h2.version()).as("upgraded to HTTP/2").isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(h2.headers().allValues("Content-Security-Policy")).singleElement().asString().contains("'nonce-");
    }

    /**
     * Every page, as every role, against Katapult's programme, PPS and tasks: whoever may not see them
     * gets a refusal and not one word of them; whoever may, sees them (so the check can fail). The committee
     * reaches only the plans put before it.
     */
    @Test
    void everyPageAsEveryRoleShowsAnotherOrganisationsFileOnlyToThoseWhoMay() {
        String secret = "Opschaling van publiek-private samenwerkingen";
        logIn("beheerder");
        String programme = idOf("programme/list.xhtml", secret, "programme/detail");
        // The committee reaches what it assesses: a plan once put before it (the LLO-katalysator's Learning Communities,
        // awarded and settled), not Katapult's, still with its applicant, nor any PPS.
        String assessed = idOf("programme/list.xhtml", "Learning Communities Zorg en Technologie", "programme/detail");
        // Katapult's programme that is awarded, allocated and has tranches under way.
        String paying = idOf("programme/list.xhtml", "Praktijkleren Energietransitie Oost-Nederland", "programme/detail");
        openPartnership("PPS Techniek Noord");
        String pps = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        logOut();
        java.util.List<String> applicantTasks = taskLinksOf("aanvrager");
        java.util.List<String> officerTasks = taskLinksOf("adviseur");
        java.util.List<String> committeeTasks = taskLinksOf("commissie");
        assertThat(applicantTasks).as("Katapult's applicant has work waiting").isNotEmpty();
        assertThat(officerTasks).isNotEmpty();

        java.util.Map<String, String> reading = new java.util.LinkedHashMap<>();
        reading.put("programme/detail.xhtml?id=" + programme, secret);
        reading.put("partnership/detail.xhtml?id=" + pps, "Noorderpoort");
        reading.put("partnership/allocation.xhtml?programme=" + programme, "id=\"totals\"");
        reading.put("api/programmes/" + programme, secret);
        java.util.Map<String, String> auditing = new java.util.LinkedHashMap<>();
        auditing.put("history/timeline.xhtml?programme=" + programme, secret);
        auditing.put("history/timeline.xhtml?programme=" + paying + "&whole=true", "Tranche 1, PPS Warmtetransitie Achterhoek");
        auditing.put("history/timeline.xhtml?pps=" + pps, "PPS Techniek Noord");
        auditing.put("audit/log.xhtml", "id=\"audit:entries\"");
        auditing.put("admin/users.xhtml", "Katapult");
        auditing.put("admin/releases.xhtml", "id=\"releases:table\"");
        auditing.put("admin/ledger.xhtml", "id=\"ledger:lines\"");
        auditing.put("admin/processes.xhtml", "id=\"processes:table\"");
        auditing.put("api/ledger/verify", "\"intact\":true");
        auditing.put("api/audit/verify", "\"intact\":true");

        // The lists: whoever may not read Katapult's files finds none of them listed, whichever of its programmes is asked for
        // (searched for or narrowed to, so that it is on the first page beside what the other tests on this server added).
        java.util.Map<String, String> listing = new java.util.LinkedHashMap<>();
        // (The words searched for stand in the search box: not the title as it is written, which is looked for.)
        listing.put("programme/list.xhtml?q=beroepsonderwijs+opschaling", secret);
        listing.put("partnership/list.xhtml?programme=" + programme, "Noorderpoort");
        listing.put("funding/tranches.xhtml?show=ALL&programme=" + paying, "PPS Warmtetransitie Achterhoek");
        listing.put("workflow/inbox.xhtml?show=ALL&q=Warmtetransitie", "PPS Warmtetransitie Achterhoek");

        // A form of a kind of task the demo has none of waiting is tried with one of Katapult's tasks of another kind from each inbox.
        java.util.List<java.util.List<String>> inboxes = java.util.List.of(applicantTasks, officerTasks, committeeTasks);
        java.util.Set<String> tried = inboxes.stream().flatMap(java.util.List::stream).map(task -> task.replaceFirst("\\?.*", ""))
                .collect(java.util.stream.Collectors.toSet());
        java.util.List<String> taskForms = nl.ngf.grants.web.FacesPages.addressesOfPagesWith(
                java.util.regex.Pattern.compile("<f:viewParam name=\"task\""));
        java.util.List<String> otherKinds = new java.util.ArrayList<>();
        for (String form : taskForms) {
            if (!tried.contains(form)) {
                inboxes.stream().filter(tasks -> !tasks.isEmpty())
                        .forEach(tasks -> otherKinds.add(form + tasks.get(0).replaceFirst("^[^?]*", "")));
            }
        }

        int checked = 0;
        for (String user : new String[] {"aanvrager-llo", "aanvrager-collectief", "commissie", "adviseur", "beheerder"}) {
            boolean applicant = user.startsWith("aanvrager");
            boolean committee = user.equals("commissie");
            logIn(user);
            assertThat(browser.findElements(By.id("nav:partnerships"))).as(user + " is offered the PPSs").hasSize(committee ? 0 : 1);
            for (var page : reading.entrySet()) {
                expect(user, page.getKey(), page.getValue(), !applicant && !committee);
                checked++;
            }
            expect(user, "programme/detail.xhtml?id=" + assessed, "Learning Communities Zorg en Technologie", !user.equals("aanvrager-collectief"));
            expect(user, "api/programmes/" + assessed, "Learning Communities Zorg en Technologie", !user.equals("aanvrager-collectief"));
            if (!user.equals("aanvrager-collectief")) {
                // Its money is not the committee's: the page shows the others the ledger's lines, the committee the award.
                go("programme/detail.xhtml?id=" + assessed);
                assertThat(browser.findElements(By.id("ledgerLines:payments"))).as(user + " reads what was paid").hasSize(committee ? 0 : 1);
            }
            for (var page : auditing.entrySet()) {
                expect(user, page.getKey(), page.getValue(), user.equals("beheerder"));
                checked++;
            }
            expect(user, "funding/change.xhtml?partnership=" + pps, "Noorderpoort", false);
            expect(user, "programme/register.xhtml", "register:submit", user.equals("adviseur"));
            expect(user, "partnership/register.xhtml?programme=" + programme, "pps:submit", user.equals("adviseur"));
            for (var page : listing.entrySet()) {
                // Katapult's work waits in the grant officers' inboxes; an administrator has none.
                expectListed(user, page.getKey(), page.getValue(), page.getKey().startsWith("workflow/") ? user.equals("adviseur")
                        : !applicant && !committee);
            }
            expect(user, "partnership/register.xhtml?pps=" + pps, "Noorderpoort", user.equals("adviseur"));
            for (String task : otherKinds) {
                expect(user, task, secret, false);
            }
            for (String task : applicantTasks) {
                expect(user, task, secret, false);
            }
            for (String task : officerTasks) {
                expect(user, task, ":submit", user.equals("adviseur"));
            }
            for (String task : committeeTasks) {
                expect(user, task, ":submit", user.equals("commissie"));
            }
            checked += 5 + applicantTasks.size() + officerTasks.size() + committeeTasks.size() + listing.size() + 1 + otherKinds.size();
            logOut();
        }
        assertThat(checked).isGreaterThan(60);

        // Every page is tried above, or shows no organisation's file: a page added later without its place here fails this test.
        java.util.Set<String> covered = new java.util.TreeSet<>(opened);
        covered.addAll(java.util.List.of("index.xhtml", "login.xhtml", "account/password.xhtml"));
        java.util.List<String> pages = nl.ngf.grants.web.FacesPages.addressesOfPagesWith(java.util.regex.Pattern.compile("<"))
                .stream().filter(page -> !page.startsWith("WEB-INF/") && !page.startsWith("error/")).toList();
        assertThat(pages).as("the pages a user opens").hasSizeGreaterThan(25);
        assertThat(covered).as("every page a user opens is tried as every role").containsAll(pages);
    }

    /**
     * Every task form opened without its task (an address cut short, an old bookmark) says that there is no such task,
     * as for a task already completed, never a server error.
     */
    @Test
    void aTaskFormOpenedWithoutItsTaskSaysThereIsNoSuchTask() throws Exception {
        java.util.List<String> taskForms = nl.ngf.grants.web.FacesPages.addressesOfPagesWith(
                java.util.regex.Pattern.compile("<f:viewParam name=\"task\""));
        assertThat(taskForms).as("the task forms of the award, the allocation, the tranches and the change requests").hasSizeGreaterThan(10);
        logIn("adviseur");
        for (String form : taskForms) {
            go(form);
            assertThat(browser.findElement(By.tagName("main")).getText()).as(form)
                    .contains("Deze taak bestaat niet (meer) of is niet voor u.").doesNotContain("Er ging iets mis");
        }
        logOut();
    }

    /**
     * A comment (a state change) goes in only by the form's POST with its view state and its page's nonce: the same
     * fields as a GET, POSTed without the view state, with a forged one or without the nonce, change nothing. The last
     * POST, with both, shows the fields were right all along.
     */
    @Test
    void aStateChangeNeedsThePostWithTheFormsViewState() throws Exception {
        logIn("adviseur");
        String programme = idOf("programme/list.xhtml", "Opschaling van publiek-private samenwerkingen", "programme/detail");
        String page = "programme/detail.xhtml?id=" + programme;
        String marker = "Opmerking-" + UUID.randomUUID().toString().substring(0, 8);
        go(page);
        String fields = script("""
                const form = document.getElementById('comment');
                const fields = new URLSearchParams(new FormData(form));
                fields.set('comment:text', arguments[0]);
                fields.set('comment:post', 'comment:post');
                return fields.toString();""", marker);
        assertThat(fields).contains("jakarta.faces.ViewState=");
        String action = browser.findElement(By.id("comment")).getAttribute("action");

        browser.get(base + page + "&" + fields);
        assertThat(browser.getPageSource()).contains("alleen met POST verstuurd");
        go(page);
        assertThat(browser.getPageSource()).as("a GET with the form's fields").doesNotContain(marker);

        String withoutViewState = java.util.Arrays.stream(fields.split("&")).filter(f -> !f.startsWith("jakarta.faces.ViewState="))
                .collect(java.util.stream.Collectors.joining("&"));
        assertThat(post(action, withoutViewState)).isNotEqualTo(-1);
        go(page);
        assertThat(browser.getPageSource()).as("a POST without the view state").doesNotContain(marker);

        String tampered = fields.replaceFirst("jakarta\\.faces\\.ViewState=[^&]*", "jakarta.faces.ViewState=vervalst");
        String answer = postForText(action, tampered);
        assertThat(answer).as("a forged view state is told plainly").contains("er is niets vastgelegd");
        assertThat(answer).as("and offered the page it came from, to open again").contains("Open de pagina opnieuw")
                .contains("href=\"" + URI.create(base + page).getRawPath() + "?id=" + programme + "\"");
        assertThat(answer.substring(answer.indexOf("<main"))).as("without internals").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(post(action, tampered)).as("a page that says so, not a server error").isEqualTo(200);
        go(page);
        assertThat(browser.getPageSource()).as("a POST with a forged view state").doesNotContain(marker);

        // The form's own view state, but not the nonce its page was sent with (a request made by hand or by another page):
        // nothing of it is applied, a comment or a refusal for bad input alike, and the answer says so.
        String otherNonce = fields.replaceFirst("primefaces\\.nonce=[^&]*", "primefaces.nonce=vervalst");
        assertThat(otherNonce).isNotEqualTo(fields);
        String answerToOtherNonce = postForText(action, otherNonce);
        assertThat(answerToOtherNonce).as("a post with another page's nonce").contains("er is niets vastgelegd");
        String withoutNonce = java.util.Arrays.stream(fields.split("&")).filter(f -> !f.startsWith("primefaces.nonce="))
                .map(f -> f.startsWith("comment:text=") ? "comment:text=" : f).collect(java.util.stream.Collectors.joining("&"));
        assertThat(post(action, withoutNonce)).as("an empty comment without the nonce: a page that says so, not a server error")
                .isEqualTo(200);
        assertThat(postForText(action, withoutNonce)).contains("er is niets vastgelegd").doesNotContain("Exception");
        go(page);
        assertThat(browser.getPageSource()).as("a POST with another nonce").doesNotContain(marker);

        go(page);
        String fresh = script("""
                const fields = new URLSearchParams(new FormData(document.getElementById('comment')));
                fields.set('comment:text', arguments[0]);
                fields.set('comment:post', 'comment:post');
                return fields.toString();""", marker);
        assertThat(post(action, fresh)).isEqualTo(200);
        go(page);
        assertThat(text("comments")).as("the form's own POST").contains(marker);

        // The form as the server sends it, before any script of the page has run (a slow connection), carries the nonce:
        // sent as it is, it is applied.
        String sent = new String(getWithThisSession(base + page).body(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher form = java.util.regex.Pattern.compile("<form id=\"comment\".*?</form>", java.util.regex.Pattern.DOTALL)
                .matcher(sent);
        assertThat(form.find()).isTrue();
        String asSent = java.util.regex.Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*? value=\"([^\"]*)\"")
                .matcher(form.group()).results()
                .map(field -> java.net.URLEncoder.encode(field.group(1), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(field.group(2), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        assertThat(asSent).contains("primefaces.nonce=").contains("jakarta.faces.ViewState=");
        String beforeScripts = marker + "-zonder-script";
        assertThat(post(action, asSent + "&comment%3Atext=" + beforeScripts + "&comment%3Apost=comment%3Apost")).isEqualTo(200);
        go(page);
        assertThat(text("comments")).as("the form as sent, posted before its scripts ran").contains(beforeScripts);

        // A form left open while the user reads forty other pages (in another tab, say) is still taken when sent.
        go(page);
        String leftOpen = marker + "-na-veertig-paginas";
        String keptFields = script("""
                const fields = new URLSearchParams(new FormData(document.getElementById('comment')));
                fields.set('comment:text', arguments[0]);
                fields.set('comment:post', 'comment:post');
                return fields.toString();""", leftOpen);
        for (int other = 0; other < 40; other++) {
            go(other % 2 == 0 ? "programme/list.xhtml" : "workflow/inbox.xhtml");
        }
        assertThat(postForText(action, keptFields)).as("not a page that has expired").doesNotContain("er is niets vastgelegd");
        go(page);
        assertThat(text("comments")).as("the form sent after forty other pages").contains(leftOpen);
        logOut();
    }

    /** POSTs a form body from the page, with the user's session, as a forged page would; the answer's text. */
    private String postForText(String action, String body) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: arguments[1]})
                    .then(r => r.text()).then(done).catch(e => done('failed: ' + e));""", action, body);
    }

    private java.util.List<String> taskLinksOf(String user) {
        logIn(user);
        java.util.List<String> links = browser.findElements(By.className("ngf-open-task")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^.*?/(programme|partnership|funding)/", "$1/")).toList();
        logOut();
        return links;
    }

    /** POSTs a form body from the page, with the user's session, as a forged page would; the HTTP status. */
    private long post(String action, String body) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: arguments[1]})
                    .then(r => done(r.status)).catch(() => done(-1));""", action, body);
        return ((Number) status).longValue();
    }

    /**
     * Opens the page as the logged-in user: one who may sees the marker and no refusal; one who may not
     * is told so (the API answers 404) and sees nothing of Katapult's file.
     */
    private void expect(String user, String page, String marker, boolean allowed) {
        opened.add(page.replaceFirst("\\?.*", ""));
        go(page);
        String html = browser.getPageSource();
        if (allowed) {
            assertThat(html).as(user + " may open " + page).contains(marker).doesNotContain(REFUSALS);
        } else {
            assertThat(html).as(user + " may not open " + page).doesNotContain(KATAPULTS_FILE);
            if (!page.startsWith("api/")) {
                assertThat(html).as(user + " is told " + page + " is refused").containsAnyOf(REFUSALS);
            }
        }
    }

    /**
     * Opens a list as the logged-in user: one who may read Katapult's files finds the marker among what is listed; one who
     * may not finds nothing of Katapult's (a list of their own, or a refusal), and never a server error.
     */
    private void expectListed(String user, String page, String marker, boolean listed) {
        opened.add(page.replaceFirst("\\?.*", ""));
        go(page);
        String html = browser.getPageSource();
        assertThat(html).as(user + " opens " + page).doesNotContain("Er ging iets mis");
        if (listed) {
            assertThat(html).as(user + " finds Katapult's in " + page).contains(marker);
        } else {
            assertThat(html).as(user + " finds nothing of Katapult's in " + page).doesNotContain(marker);
            if (user.startsWith("aanvrager")) {
                assertThat(html).as(user + " finds nothing of Katapult's in " + page).doesNotContain(KATAPULTS_FILE)
                        .doesNotContain("Praktijkleren Energietransitie");
            }
        }
    }

    /** The pages (without their query) {@link #expect} and {@link #expectListed} opened in this test. */
    private final java.util.Set<String> opened = new java.util.TreeSet<>();

    /** What no one who may not read Katapult's files finds on a page: a PPS's lead institution, its name, its programme's title. */
    private static final String[] KATAPULTS_FILE = {"Noorderpoort", "Katapult (netwerk", "Opschaling van publiek-private samenwerkingen"};

    private static final String[] REFUSALS = {"U heeft geen toegang", "bestaat niet of u heeft er geen toegang toe", "is niet voor u"};
}
