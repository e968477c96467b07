package nl.ngf.grants.programme;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ngf.grants.testsupport.BrowserTestSupport;
import nl.ngf.grants.testsupport.Chromium;
import nl.ngf.grants.testsupport.ItDatabase;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The award lifecycle as its three users walk it in a browser, on the embedded database with its demo
 * users: a grant officer registers a conditional award, the applicant revises the plan, the officer
 * finds it complete, the committee awards it, and the programme shows as awarded; an expired deadline
 * extended; the screens in Dutch and in English.
 */
@EnabledIfSystemProperty(named = "ngf.it.db", matches = "h2", disabledReason = "browser tests use the demo users of the embedded database")
@ExtendWith(Chromium.class)
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AwardBrowserIT extends BrowserTestSupport {

    @Test
    void theServerReportsTheDatabaseAndTheEngineReady() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://" + base.getHost() + ":" + base.getPort() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"database\"").contains("\"process-engine\"");
    }

    /**
     * A user who chose English is greeted in English the next time in this browser: the login page after signing out
     * (a new session) speaks it, and so does the inbox after logging in again, until they choose Dutch; where the choice
     * lived in the session alone, every login started in Dutch again. A browser that never chose is greeted in Dutch.
     */
    @Test
    void theLanguageChosenIsRememberedInThisBrowser() {
        go("login.xhtml");
        assertThat(text("login:submit")).isEqualTo("Inloggen");
        click("language:lang-en");
        wait.until(ExpectedConditions.textToBe(By.id("login:submit"), "Log in"));
        logIn("adviseur");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My tasks");
        logOut();
        assertThat(text("login:submit")).as("after signing out, a new session").isEqualTo("Log in");
        assertThat(pageLanguage()).isEqualTo("en en-GB");
        logIn("adviseur");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My tasks");
        assertThat(browser.manage().getCookieNamed("ngf-language")).as("holding the choice alone, out of scripts' reach")
                .satisfies(cookie -> {
                    assertThat(cookie.getValue()).isEqualTo("en");
                    assertThat(cookie.isHttpOnly()).isTrue();
                    assertThat(cookie.getSameSite()).isEqualTo("Strict");
                });
        click("nav:lang-nl");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mijn taken"));
        logOut();
        assertThat(text("login:submit")).isEqualTo("Inloggen");
    }

    @Test
    void theScreensAreDutchByDefaultAndEnglishOnRequest() {
        go("login.xhtml");
        assertThat(text("login:submit")).isEqualTo("Inloggen");
        assertThat(pageLanguage()).as("the page's language, in its markup and in the response's header").isEqualTo("nl nl-NL");
        click("language:lang-en");
        wait.until(ExpectedConditions.textToBe(By.id("login:submit"), "Log in"));
        logIn("adviseur");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My tasks");
        assertThat(pageLanguage()).isEqualTo("en en-GB");
        click("nav:lang-nl");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mijn taken"));
        assertThat(pageLanguage()).isEqualTo("nl nl-NL");
        assertThat(currentMenuItems()).as("the menu marks the page the user is on").containsExactly("Mijn taken");

        // What the user typed comes along to the other language, and back; a field left as it was takes the new
        // language's text, and another page gets none of it.
        go("programme/register.xhtml");
        type("register:title", "Half getypt plan");
        type("register:conditions:0:condition", "Leg per regio <b>afspraken</b> vast.");
        click("nav:lang-en");
        wait.until(ExpectedConditions.textToBe(By.id("register:submit"), "Register"));
        assertThat(browser.findElement(By.id("register:title")).getAttribute("value")).isEqualTo("Half getypt plan");
        assertThat(browser.findElement(By.id("register:conditions:0:condition")).getAttribute("value"))
                .isEqualTo("Leg per regio <b>afspraken</b> vast.");
        click("nav:lang-nl");
        wait.until(ExpectedConditions.textToBe(By.id("register:submit"), "Registreren"));
        assertThat(browser.findElement(By.id("register:title")).getAttribute("value")).isEqualTo("Half getypt plan");
        go("programme/register.xhtml");
        assertThat(browser.findElement(By.id("register:title")).getAttribute("value")).as("opened anew: an empty form").isEmpty();

        // A notice after a redirect names its text by key; the URL cannot make the page say anything else.
        go("workflow/inbox.xhtml?done=revise.done");
        assertThat(infoMessages()).contains("Het herziene plan is ingediend");
        go("workflow/inbox.xhtml?done=access.notAllowed");
        assertThat(browser.findElements(By.cssSelector(".ui-messages-info, .ui-messages-error"))).isEmpty();

        // A typed address with an id that is no number says so, once, and shows no record.
        Map<String, String> menuItems = Map.of("programme/detail.xhtml?id=abc", "Programma's",
                "partnership/detail.xhtml?id=1e3", "Pps'en", "partnership/allocation.xhtml?programme=99999999999999999999", "Pps'en");
        for (String page : new String[] {"programme/detail.xhtml?id=abc", "partnership/detail.xhtml?id=1e3",
                "partnership/allocation.xhtml?programme=99999999999999999999"}) {
            go(page);
            assertThat(currentMenuItems()).as(page).containsExactly(menuItems.get(page));
            assertThat(browser.findElements(By.cssSelector(".ui-messages-error-summary"))).as(page)
                    .extracting(WebElement::getText).containsExactly("Dit adres bevat geen geldig nummer.");
            assertThat(browser.findElements(By.cssSelector(".ngf-facts"))).as(page).isEmpty();
        }
        // And in the language the user chose, as the rest of the page.
        click("nav:lang-en");
        wait.until(ExpectedConditions.textToBe(By.id("nav:logout"), "Log out"));
        go("programme/detail.xhtml?id=abc");
        assertThat(browser.findElements(By.cssSelector(".ui-messages-error-summary"))).extracting(WebElement::getText)
                .containsExactly("This address does not contain a valid number.");
        click("nav:lang-nl");
        wait.until(ExpectedConditions.textToBe(By.id("nav:logout"), "Uitloggen"));
        logOut();
    }

    @Test
    void anOfficerRegistersTheApplicantRevisesTwiceAndTheCommitteeAwards() throws Exception {
        String title = "Opschaling pps Zorg en Welzijn " + UUID.randomUUID().toString().substring(0, 8);

        // The grant officer registers the conditional award; a wrong amount is refused first.
        logIn("adviseur");
        go("programme/register.xhtml");
        // Nothing filled in: every field asked for is named and marked, the drop-down too.
        click("register:submit");
        assertThat(errorMessages()).contains("Vul de titel van het programma in.", "Kies de aanvragende organisatie.",
                "Vul het aangevraagde bedrag in.", "Vul het voorwaardelijk toegekende bedrag in.", "Vul minstens één voorwaarde in.");
        assertThat(List.of("register:title", "register:organisation_label", "register:requested_input", "register:conditional_input",
                "register:conditions:0:condition", "register:ppsCount_input")).map(this::markedInvalid)
                .containsExactly(true, true, true, true, true, false);
        type("register:title", title);
        chooseFromMenu("register:organisation", "Katapult (netwerk van pps'en in het beroepsonderwijs)");
        type("register:requested_input", "210000000");
        type("register:conditional_input", "210000001");
        type("register:ppsCount_input", "50");
        // A keyboard user tabs through the deadline as through any field: it takes typing, and its calendar opens from its
        // button only (not a month of days to tab through before the next field).
        browser.findElement(By.id("register:ppsCount_input")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("register:deadline_input");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("ui-datepicker-trigger");
        assertThat(browser.findElements(By.cssSelector(".ui-datepicker"))).as("no calendar opened on the way").noneMatch(WebElement::isDisplayed);
        // The button opens the calendar on the deadline's day; choosing a day closes it and puts the user back in the field.
        String deadline = browser.findElement(By.id("register:deadline_input")).getAttribute("value");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        // Once open, the calendar takes the focus to its day (after its opening animation): only then is Enter a choice.
        wait.until(d -> Boolean.TRUE.equals(script(
                "return document.activeElement.closest('.ui-datepicker') !== null")));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".ui-datepicker")).stream().noneMatch(WebElement::isDisplayed));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("register:deadline_input");
        assertThat(browser.findElement(By.id("register:deadline_input")).getAttribute("value")).isEqualTo(deadline);
        type("register:conditions:0:condition", "Concentreer de opschaling op minder pps'en.");
        click("register:addCondition");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:conditions:1:condition")));
        type("register:conditions:1:condition", "Werk KPI's voor het mkb-bereik uit.");
        // Enter in a field registers, as the form's button does (not "add a condition", the first button on the page).
        browser.findElement(By.id("register:ppsCount_input")).sendKeys(Keys.ENTER);
        assertThat(errorMessages()).contains("mag niet hoger zijn dan het aangevraagde bedrag");
        assertThat(browser.findElements(By.id("register:conditions:2:condition"))).as("no condition added").isEmpty();
        assertThat(List.of("register:requested_input", "register:conditional_input", "register:title"))
                .as("the two amounts compared are marked, nothing else").map(this::markedInvalid)
                .containsExactly(true, true, false);

        retype("register:conditional_input", "210000000");
        click("register:submit");
        wait.until(ExpectedConditions.urlContains("programme/detail.xhtml"));
        assertThat(text("status")).isEqualTo("Wacht op herziening");
        assertThat(text("conditional")).contains("210.000.000,00");
        assertThat(browser.findElement(By.id("facts")).getText()).as("a person is named by their name, not their user name")
                .contains("Geregistreerd door\nSanne de Vries · ");
        assertThat(text("current-user")).as("the header says in what capacity the user works").isEqualTo("Sanne de Vries · Subsidieadviseur");
        type("comment:text", "<b>Let op</b>: graag ook de begroting per regio; de coördinatie kost 5% (€ 1 mln).");
        click("comment:post");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "<b>Let op</b>: graag ook de begroting per regio; de coördinatie kost 5% (€ 1 mln)."));
        assertThat(browser.findElement(By.id("comments")).getText()).as("typed markup is shown as text, accents and signs as typed").contains("Sanne de Vries");

        // Until its money is allocated, the officer adds the programme's PPSs: a form sent empty is told all it lacks at once.
        click("addPartnership");
        wait.until(ExpectedConditions.urlContains("partnership/register.xhtml"));
        assertThat(browser.findElement(By.id("pps:organisation_label")).getText()).as("led by the programme's applicant unless chosen otherwise")
                .isEqualTo("Katapult (netwerk van pps'en in het beroepsonderwijs)");
        click("pps:submit");
        assertThat(errorMessages()).contains("Vul de naam van de pps in.").contains("Vul de nulmeting voor aangesloten bedrijven in.")
                .contains("Vul het doel voor de bijdrage van het bedrijfsleven in.");
        assertThat(List.of("pps:name", "pps:companiesBaseline_input", "pps:cofinancingTarget_input", "pps:organisation_input"))
                .as("each field left empty is marked, the organisation chosen is not").map(this::markedInvalid)
                .containsExactly(true, true, true, false);
        describePps(new String[] {"PPS <b>Zorg</b> en Welzijn Zeeland", "Zeeland", "Zorg en welzijn", "Scalda"},
                new String[][] {{"companies", "40", "120"}, {"smeReach", "5", "18,5"}, {"students", "300", "250"},
                        {"teachers", "20", "45"}, {"cofinancing", "100000", "400000"}});
        assertThat(errorMessagesAfterClicking("pps:submit")).isEqualTo("Het doel voor studenten ligt onder de nulmeting.");
        assertThat(List.of("pps:studentsTarget_input", "pps:studentsBaseline_input")).map(this::markedInvalid).containsExactly(true, false);
        retype("pps:studentsTarget_input", "600");
        click("pps:submit");
        wait.until(ExpectedConditions.urlContains("partnership/detail.xhtml"));
        assertThat(infoMessages()).contains("De pps is toegevoegd.");
        assertThat(browser.findElement(By.tagName("main")).getText()).as("typed markup is shown as text, accents and signs as typed")
                .contains("PPS <b>Zorg</b> en Welzijn Zeeland").contains("Scalda").contains(title).contains("18,5%").contains("€ 400.000,00");
        // Until the allocation, what was entered can be put right.
        click("correctPartnership");
        wait.until(ExpectedConditions.urlContains("partnership/register.xhtml?pps="));
        assertThat(browser.findElement(By.id("pps:name")).getAttribute("value")).isEqualTo("PPS <b>Zorg</b> en Welzijn Zeeland");
        retype("pps:region", "Zeeuws-Vlaanderen");
        click("pps:submit");
        wait.until(ExpectedConditions.urlContains("partnership/detail.xhtml"));
        assertThat(infoMessages()).contains("De gegevens van de pps zijn gecorrigeerd.");
        assertThat(text("facts")).contains("Zeeuws-Vlaanderen");
        // A PPS without a share of the allocation (added by mistake, or withdrawn) is removed once the officer confirms it.
        String ppsOfThisProgramme = "partnership/list.xhtml?q=Welzijn+Zeeuws-Vlaanderen+Scalda";
        String ppsPage = browser.getCurrentUrl();
        go(ppsOfThisProgramme);
        assertThat(ppsNames()).containsExactly("PPS <b>Zorg</b> en Welzijn Zeeland");
        browser.get(ppsPage);
        click("removal:remove");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("removal:confirmYes")));
        assertThat(text("removal:confirm")).as("the name as typed, as text").contains("PPS <b>Zorg</b> en Welzijn Zeeland verwijderen uit het programma?");
        click("removal:confirmYes");
        wait.until(ExpectedConditions.urlContains("programme/detail.xhtml"));
        assertThat(infoMessages()).contains("De pps is uit het programma verwijderd.");
        go(ppsOfThisProgramme);
        assertThat(ppsNames()).isEmpty();
        logOut();

        // An applicant of another organisation does not see it.
        logIn("aanvrager-llo");
        go("programme/list.xhtml?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text("list:programmes")).as("searched for by its title").doesNotContain(title).contains("Geen programma's gevonden.");
        go("workflow/inbox.xhtml");
        assertThat(browser.getPageSource()).doesNotContain(title);
        logOut();

        // The applicant answers both conditions and submits the revised plan, opened from the programme's own page,
        // which lists what the applicant can do on it.
        logIn("aanvrager");
        go("programme/detail.xhtml?id=" + idOf("programme/list.xhtml", title, "programme/detail.xhtml"));
        assertThat(browser.findElements(By.cssSelector("#fileTasks .ngf-file-task"))).extracting(WebElement::getText)
                .singleElement(as(org.assertj.core.api.InstanceOfAssertFactories.STRING)).startsWith("Plan herzien " + title + " ")
                .endsWith("Openen");
        browser.findElement(By.cssSelector("#fileTasks .ngf-open-task")).click();
        wait.until(ExpectedConditions.urlContains("programme/revise.xhtml"));
        type("revise:answers:0:answer", "Wij schalen 15 pps'en op in plaats van 50.");
        click("revise:submit");
        assertThat(errorMessages()).contains("Beantwoord voorwaarde 2");
        assertThat(List.of("revise:answers:0:answer", "revise:answers:1:answer")).as("the answer missing is marked, the one given is not")
                .map(this::markedInvalid).containsExactly(false, true);
        type("revise:answers:1:answer", "Per pps een KPI voor het mkb-bereik: van 5% naar 20%.");
        // Uploaded from the bottom of the page, far below the messages: the refusal is brought into view and given the focus.
        script("window.scrollTo(0, document.body.scrollHeight)");
        assertThat(this.<Number>script("return window.scrollY").intValue()).as("the page is scrolled past its messages").isGreaterThan(200);
        upload(file("begroting.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Dit soort bestand wordt niet geaccepteerd"));
        wait.until(driver -> this.<Boolean>script("var box = document.getElementById('messages').getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight && document.activeElement.id === 'messages';"));
        byte[] plan = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        upload(file("Herzien plan.pdf", plan));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uploaded"), "Herzien plan.pdf"));
        assertThat(browser.findElement(By.id("uploaded")).getText()).doesNotContain("begroting.pdf");
        retype("revise:ppsCount_input", "15");
        // The same form, open in a second session of the applicant's (another tab, another computer).
        withSecondBrowser((first, second) -> {
            use(second);
            logIn("aanvrager");
            go("programme/detail.xhtml?id=" + idOf("programme/list.xhtml", title, "programme/detail.xhtml"));
            browser.findElement(By.cssSelector("#fileTasks .ngf-open-task")).click();
            wait.until(ExpectedConditions.urlContains("programme/revise.xhtml"));
            type("revise:answers:0:answer", "Een eerdere versie van het antwoord.");

            use(first);
            click("revise:submit");
            wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
            assertThat(infoMessages()).contains("Het herziene plan is ingediend");
            assertThat(browser.getPageSource()).doesNotContain(title);

            // Sent from the second session, the form is told that the task was completed, by whom and when; nothing of it
            // is saved, and the page no longer offers the form to send again.
            use(second);
            assertThat(errorMessagesAfterClicking("revise:submit")).matches(
                    "Jeroen Smit heeft deze taak al afgerond \\(\\d{1,2} \\p{L}+\\.? \\d{4} \\d{2}:\\d{2}\\); er is niets van u opgeslagen\\.");
            assertThat(browser.findElements(By.id("revise:submit"))).isEmpty();
            logOut();
        });
        logOut();

        // A second grant officer takes the completeness check on; the first sees who has it in the inbox and
        // on the form, is refused when completing it, and takes it over.
        logIn("adviseur2");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/completeness.xhtml"));
        assertThat(text("claim:text")).startsWith("Nog niemand heeft deze taak opgepakt");
        click("claim:take");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim:text"), "U hebt deze taak opgepakt"));
        assertThat(infoMessages()).contains("U hebt de taak opgepakt.");
        go("workflow/inbox.xhtml");
        assertThat(browser.findElement(By.xpath("//tr[.//span[text()='" + title + "']]//span[contains(@class,'ngf-taken-by')]")).getText()).isEqualTo("u");
        // The inbox narrows to the tasks taken on by the user, or by nobody, and to a search; the address keeps both.
        chooseFromMenu("inbox:show", "Door mij opgepakt");
        wait.until(ExpectedConditions.urlMatches("workflow/inbox\\.xhtml\\?show=mine$"));
        assertThat(inboxSubjects()).containsExactly(title);
        chooseFromMenu("inbox:show", "Door niemand opgepakt");
        wait.until(ExpectedConditions.urlMatches("\\?show=free$"));
        assertThat(inboxSubjects()).isNotEmpty().doesNotContain(title);
        chooseFromMenu("inbox:show", "Alle taken");
        type("inbox:query", "volledigheid " + title.substring(title.lastIndexOf(' ') + 1).toUpperCase());
        wait.until(driver -> inboxSubjects().equals(List.of(title)));
        assertThat(browser.getCurrentUrl()).contains("show=all").contains("q=volledigheid+");
        assertThat(browser.findElement(By.cssSelector("[id='inbox:tasks'] .ui-datatable-header")).getText()).matches("1 van \\d+ taken");
        retype("inbox:query", UUID.randomUUID().toString());
        wait.until(ExpectedConditions.textToBe(By.id("inbox:tasks_data"), "Geen taken gevonden."));
        logOut();
        logIn("adviseur");
        go("workflow/inbox.xhtml");
        assertThat(browser.findElement(By.xpath("//tr[.//span[text()='" + title + "']]//span[contains(@class,'ngf-taken-by')]")).getText()).isEqualTo("Ahmed El Amrani");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/completeness.xhtml"));
        assertThat(text("claim:text")).startsWith("Ahmed El Amrani heeft deze taak opgepakt");
        browser.findElement(By.cssSelector("label[for='completeness:complete:0']")).click();
        click("completeness:submit");
        assertThat(errorMessages()).contains("Ahmed El Amrani heeft deze taak opgepakt; alleen Ahmed El Amrani kan hem afronden.");
        assertThat(browser.getCurrentUrl()).contains("programme/completeness.xhtml");
        click("claim:takeOver");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim:text"), "U hebt deze taak opgepakt"));
        assertThat(infoMessages()).contains("U hebt de taak overgenomen.");

        // The grant officer finds the revision complete.
        go("workflow/inbox.xhtml");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/completeness.xhtml"));
        click("completeness:submit");
        assertThat(errorMessages()).contains("Kies of het plan volledig is");
        assertThat(markedInvalid("completeness:complete")).as("the choice, for a screen reader too").isTrue();
        browser.findElement(By.cssSelector("label[for='completeness:complete:0']")).click();
        click("completeness:submit");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        assertThat(infoMessages()).contains("gaat naar de beoordelingscommissie");
        logOut();

        // Round 1: the committee finds condition 2 not met and asks for another round.
        logIn("commissie");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/assess.xhtml"));
        assertThat(browser.getPageSource()).contains("Wij schalen 15 pps'en op in plaats van 50.");
        assertThat(browser.findElement(By.id("openFile")).getAttribute("href")).as("the programme's file")
                .matches(".*/programme/detail\\.xhtml\\?id=\\d+");
        judge(true, false);
        chooseOutcome("Opnieuw laten herzien");
        type("assess:reasoning", "De KPI voor het mkb-bereik moet per regio worden onderbouwd.");
        click("assess:submit");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        logOut();

        // Round 2: the applicant sees the verdicts, starts from the earlier answers and changes one.
        logIn("aanvrager");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/revise.xhtml"));
        assertThat(browser.findElement(By.id("openVerdicts")).getText()).contains("Niet voldaan")
                .contains("De KPI voor het mkb-bereik moet per regio worden onderbouwd.");
        assertThat(browser.findElement(By.id("revise:answers:0:answer")).getAttribute("value"))
                .isEqualTo("Wij schalen 15 pps'en op in plaats van 50.");
        retype("revise:answers:1:answer", "Per regio een KPI voor het mkb-bereik, onderbouwd met de regionale cijfers.");
        click("revise:submit");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        logOut();

        logIn("adviseur");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/completeness.xhtml"));
        browser.findElement(By.cssSelector("label[for='completeness:complete:0']")).click();
        click("completeness:submit");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        logOut();

        // The committee judges every condition met and awards in full; a condition left without a verdict is refused
        // first, and its fields are the ones marked.
        logIn("commissie");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/assess.xhtml"));
        assertThat(List.of("assess:verdicts:1:met", "assess:verdicts:1:reasoning")).as("a screen reader names the condition each verdict is on")
                .map(id -> browser.findElement(By.id(id)).getAttribute("aria-label"))
                .containsExactly("Oordeel over voorwaarde 2", "Onderbouwing bij voorwaarde 2");
        judge(true);
        chooseOutcome("Volledig toekennen");
        type("assess:reasoning", "Alle voorwaarden zijn vervuld.");
        click("assess:submit");
        assertThat(errorMessages()).contains("Geef voor voorwaarde 2 aan of eraan is voldaan");
        assertThat(List.of("assess:verdicts:1:met", "assess:verdicts:1:reasoning", "assess:verdicts:0:met", "assess:verdicts:0:reasoning",
                "assess:outcome", "assess:reasoning"))
                .as("the second condition's verdict is marked (its choice too, for a screen reader), not the first's nor the outcome")
                .map(this::markedInvalid).containsExactly(true, true, false, false, false, false);
        browser.findElement(By.cssSelector("label[for='assess:verdicts:1:met:0']")).click();
        type("assess:verdicts:1:reasoning", "Aangetoond in het herziene plan.");
        click("assess:submit");
        wait.until(ExpectedConditions.urlContains("programme/detail.xhtml"));

        assertThat(text("status")).isEqualTo("Toegekend");
        assertThat(text("awarded")).contains("210.000.000,00");
        assertThat(browser.findElement(By.id("revisions")).getText()).contains("Ronde 1").contains("Ronde 2").contains("Ingediend door Jeroen Smit op ")
                .as("the first round stays readable").contains("Per pps een KPI voor het mkb-bereik: van 5% naar 20%.");
        assertThat(browser.findElement(By.id("assessments")).getText()).contains("Volledig toekennen").contains("Beoordeeld door Prof. dr. Marieke Bakker op ")
                .contains("Voldaan");
        assertThat(browser.findElement(By.id("completenessChecks")).getText()).contains("Volledig").contains("Gecontroleerd door Sanne de Vries op ");
        assertThat(browser.findElement(By.className("ngf-document")).getText()).isEqualTo("Herzien plan.pdf");
        assertThat(browser.findElements(By.className("ngf-timeline-what"))).extracting(WebElement::getText).containsExactly(
                "Voorwaardelijk toegekend: € 210.000.000,00",
                "Opmerking",
                "Herzien plan ingediend (ronde 1, 1 document)",
                "Ronde 1 volledig bevonden",
                "Beoordeling ronde 1: opnieuw laten herzien",
                "Herzien plan ingediend (ronde 2, 0 documenten)",
                "Ronde 2 volledig bevonden",
                "Beoordeling ronde 2: volledig toegekend, € 210.000.000,00");

        // The document itself: whoever may read the file downloads it whole, as an attachment; another
        // organisation's applicant who has its address gets "not found", never a byte of it.
        String document = browser.findElement(By.className("ngf-document")).getAttribute("href");
        HttpResponse<byte[]> read = getWithThisSession(document);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(plan);
        assertThat(read.headers().firstValue("Content-Disposition")).get(InstanceOfAssertFactories.STRING)
                .startsWith("attachment").contains("Herzien%20plan.pdf");
        // The session ended while the page stayed open (half an hour away), its sign-on still counting: the document's
        // link asks for the login, saying why, and after it the committee member is back on the page with the link.
        String page = browser.getCurrentUrl().replaceAll("[?&]done=[^&]*", "");
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.className("ngf-document")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(infoMessages()).contains(SESSION_EXPIRED);
        fillLogin("commissie", "ngf-demo");
        wait.until(ExpectedConditions.urlToBe(page));
        logOut();
        logIn("aanvrager-llo");
        HttpResponse<byte[]> refused = getWithThisSession(document);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        logOut();
    }

    @Test
    void anOfficerExtendsAnExpiredDeadlineAndTheApplicantCanReviseAgain() {
        String title = "Regionale leerwerkplaatsen Zeeland";
        logIn("adviseur");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/expired-deadline.xhtml"));
        assertThat(text("status")).isEqualTo("Termijn verlopen");
        assertThat(firstDutchDate(text("revisionDeadline"))).as("the deadline that passed").isBefore(startedOn);
        click("deadline:submit");
        assertThat(errorMessages()).contains("Kies verlengen of intrekken.");
        assertThat(markedInvalid("deadline:choice")).isTrue();
        browser.findElement(By.xpath("//*[@id='deadline:choice']//label[text()='Termijn verlengen']")).click();
        // A new deadline that has passed too is refused at its field; the one the form offers lies ahead.
        String offered = browser.findElement(By.id("deadline:newDeadline_input")).getAttribute("value");
        retype("deadline:newDeadline_input", "2020-01-01");
        assertThat(errorMessagesAfterClicking("deadline:submit")).contains("De uiterste datum voor de herziening moet in de toekomst liggen.")
                .doesNotContain("Kies verlengen of intrekken.");
        assertThat(browser.findElement(By.id("deadline:newDeadline_input")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("deadline:reason")).getAttribute("aria-invalid")).isNotEqualTo("true");
        assertThat(markedInvalid("deadline:choice")).as("chosen now").isFalse();
        retype("deadline:newDeadline_input", offered);
        click("deadline:submit");
        wait.until(ExpectedConditions.urlContains("programme/detail.xhtml"));

        assertThat(text("status")).isEqualTo("Wacht op herziening");
        assertThat(browser.findElements(By.className("ngf-timeline-what"))).extracting(WebElement::getText)
                .anyMatch(t -> t.startsWith("Termijn verlopen zonder herzien plan"))
                .anyMatch(t -> t.startsWith("Verlopen termijn (") && t.contains("verlengd tot"));
        logOut();

        logIn("aanvrager-collectief");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/revise.xhtml"));
        logOut();
    }

    /**
     * A form sent again once it was answered (the browser's back button and a second click, or a double click): the
     * registration answers the programme it registered, the PPS form the PPS it added, its removal the programme it left,
     * and the applicant's revision that it went in; nothing is made or removed twice.
     */
    @Test
    void aFormSentAgainOnceAnsweredIsAnsweredAsBeforeAndMakesNothingTwice() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Nogmaals verstuurd " + run;
        logIn("adviseur");
        go("programme/register.xhtml");
        type("register:title", title);
        chooseFromMenu("register:organisation", "Katapult (netwerk van pps'en in het beroepsonderwijs)");
        type("register:requested_input", "1000000");
        type("register:conditional_input", "900000");
        type("register:conditions:0:condition", "Onderbouw de begroting per pps.");
        List<Answered> registered = sendFormTwice("register:submit");
        assertThat(registered.get(0).address()).contains("programme/detail.xhtml?id=");
        assertThat(registered.get(1).address()).as("the programme registered the first time").isEqualTo(registered.get(0).address());
        assertThat(registered.get(1).mainText()).contains(title).contains("De voorwaardelijke toekenning is geregistreerd");
        go("programme/list.xhtml");
        assertThat(browser.findElements(By.xpath("//a[contains(@class,'ngf-programme-title') and normalize-space()='" + title + "']"))).as("one programme").hasSize(1);

        String programme = registered.get(0).address().replaceAll(".*[?&]id=(\\d+).*", "$1");
        go("partnership/register.xhtml?programme=" + programme);
        describePps(new String[] {"PPS Nogmaals " + run, "Drenthe", "Energie", "Drenthe College"},
                new String[][] {{"companies", "10", "30"}, {"smeReach", "4", "15"}, {"students", "100", "300"},
                        {"teachers", "10", "20"}, {"cofinancing", "50000", "150000"}});
        List<Answered> added = sendFormTwice("pps:submit");
        assertThat(added.get(0).address()).contains("partnership/detail.xhtml?id=");
        assertThat(added.get(1).address()).as("the PPS added the first time").isEqualTo(added.get(0).address());
        assertThat(added.get(1).mainText()).contains("De pps is toegevoegd.").contains("PPS Nogmaals " + run);
        go("partnership/list.xhtml?q=" + run);
        assertThat(ppsNames()).containsExactly("PPS Nogmaals " + run);
        // Its removal confirmed twice: removed once, and the second answer says so too, not that the PPS is not there.
        browser.get(added.get(0).address());
        List<Answered> removed = sendFormTwice("removal:remove");
        assertThat(removed).extracting(Answered::address).allMatch(a -> a.contains("programme/detail.xhtml?id=" + programme + "&"));
        assertThat(removed).extracting(Answered::mainText).allMatch(t -> t.contains("De pps is uit het programma verwijderd."));
        go("partnership/list.xhtml?q=" + run);
        assertThat(ppsNames()).isEmpty();
        logOut();

        logIn("aanvrager");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("programme/revise.xhtml"));
        type("revise:answers:0:answer", "De begroting per pps staat in bijlage 2.");
        type("revise:summary", "Begroting per pps onderbouwd.");
        List<Answered> revised = sendFormTwice("revise:submit");
        assertThat(revised.get(0).mainText()).contains("Het herziene plan is ingediend");
        assertThat(revised.get(1).address()).isEqualTo(revised.get(0).address());
        assertThat(revised.get(1).mainText()).as("told the plan went in, not that they completed the task themselves and nothing was saved")
                .contains("Het herziene plan is ingediend").doesNotContain("al afgerond");
        go("programme/detail.xhtml?id=" + programme);
        assertThat(browser.findElements(By.cssSelector(".ngf-revision"))).as("one revision round").hasSize(1);
        logOut();
    }

    /** Types a PPS's name, region, sector and lead institution, then each KPI's baseline and target, into its form. */
    private void describePps(String[] details, String[][] figures) {
        type("pps:name", details[0]);
        type("pps:region", details[1]);
        type("pps:sector", details[2]);
        type("pps:leadInstitution", details[3]);
        for (String[] figure : figures) {
            type("pps:" + figure[0] + "Baseline_input", figure[1]);
            type("pps:" + figure[0] + "Target_input", figure[2]);
        }
    }

    /** The subjects of the tasks the inbox shows now. */
    private List<String> inboxSubjects() {
        return browser.findElements(By.cssSelector("[id='inbox:tasks_data'] .ngf-task-subject")).stream().map(WebElement::getText).toList();
    }

    private void judge(boolean... met) {
        for (int condition = 0; condition < met.length; condition++) {
            browser.findElement(By.cssSelector("label[for='assess:verdicts:" + condition + ":met:" + (met[condition] ? 0 : 1) + "']")).click();
            type("assess:verdicts:" + condition + ":reasoning", met[condition] ? "Aangetoond in het herziene plan." : "Onvoldoende onderbouwd.");
        }
    }

    private void chooseOutcome(String label) {
        browser.findElement(By.xpath("//*[@id='assess:outcome']//label[text()='" + label + "']")).click();
    }

    /** The items the header's menu marks as the current page. */
    private List<String> currentMenuItems() {
        return browser.findElements(By.cssSelector("nav [aria-current='page']")).stream().map(WebElement::getText).toList();
    }

    /** The language the page says it is in: its markup's {@code lang}, and the {@code Content-Language} of the page read again. */
    private String pageLanguage() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[0];
                fetch(location.href).then(r => done(document.documentElement.lang + ' ' + r.headers.get('content-language')));""");
    }

    /** PrimeFaces' upload button hides a file input: give it the file as the browser's file dialog would. */
    private void upload(Path file) {
        browser.findElement(By.id("revise:upload_input")).sendKeys(file.toAbsolutePath().toString());
    }

    private Path file(String name, byte[] content) {
        try {
            Path folder = Files.createTempDirectory("ngf-upload");
            return Files.write(folder.resolve(name), content);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
