package nl.ngf.grants.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ngf.grants.testsupport.Chromium;
import org.assertj.core.api.InstanceOfAssertFactories;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.MailServerForTests;
import nl.ngf.grants.testsupport.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The award lifecycle as its three users walk it in a browser, on the embedded database with its demo
 * users: a grant officer registers a conditional award, the applicant revises the plan, the officer
 * finds it complete, the committee awards it, and the programme shows as awarded.
 */
@EnabledIfSystemProperty(named = "ngf.it.db", matches = "h2", disabledReason = "browser tests use the demo users of the embedded database")
@ExtendWith(Chromium.class)
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AwardSliceBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    static final java.util.Locale DUTCH = new java.util.Locale("nl", "NL");
    static final java.time.ZoneId NETHERLANDS = java.time.ZoneId.of("Europe/Amsterdam");
    static final java.time.format.DateTimeFormatter DUTCH_DATE =
            java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(DUTCH);

    @ArquillianResource
    URL base;

    WebDriver browser;
    WebDriverWait wait;
    /** Where the browser saves what it downloads (an export). */
    Path downloads;

    /** The day (in the Netherlands) this test began: what it makes happens on that day or, past midnight, a later one. */
    LocalDate startedOn;

    /** One Chromium for the whole class, made clean before each test as if newly started ({@link Chromium#clean}). */
    private static org.openqa.selenium.chrome.ChromeDriver chromium;

    @BeforeEach
    void open() throws Exception {
        startedOn = LocalDate.now(NETHERLANDS);
        downloads = Files.createTempDirectory("ngf-downloads");
        if (chromium != null) {
            try {
                Chromium.clean(chromium, base.getProtocol() + "://" + base.getHost() + ":" + base.getPort(), downloads);
            } catch (org.openqa.selenium.WebDriverException e) {
                // The last test left it unusable (it crashed, say): start another.
                quitBrowser();
            }
        }
        if (chromium == null) {
            chromium = Chromium.start(downloads);
        }
        browser = chromium;
        wait = waitFor(browser);
    }

    /** The last page each test saw, as a picture and as HTML, in target/browser/ (for when it fails). */
    @AfterEach
    void close(TestInfo test) throws Exception {
        if (browser != null) {
            Path folder = Files.createDirectories(Path.of("target", "browser"));
            String name = test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
            java.util.List<String> refused = Chromium.policyViolations((org.openqa.selenium.chrome.ChromeDriver) browser);
            assertThat(refused).as("scripts or styles the Content-Security-Policy refused on the way").isEmpty();
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (chromium != null) {
            try {
                chromium.quit();
            } finally {
                chromium = null;
            }
        }
    }

    @Test
    void theServerReportsTheDatabaseAndTheEngineReady() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://" + base.getHost() + ":" + base.getPort() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"database\"").contains("\"process-engine\"");
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
        type("comment:text", "<b>Let op</b>: graag ook de begroting per regio.");
        click("comment:post");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "<b>Let op</b>: graag ook de begroting per regio."));
        assertThat(browser.findElement(By.id("comments")).getText()).as("typed markup is shown as text").contains("Sanne de Vries");

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
        type("pps:name", "PPS <b>Zorg</b> en Welzijn Zeeland");
        type("pps:region", "Zeeland");
        type("pps:sector", "Zorg en welzijn");
        type("pps:leadInstitution", "Scalda");
        for (String[] figure : new String[][] {{"companies", "40", "120"}, {"smeReach", "5", "18,5"}, {"students", "300", "250"},
                {"teachers", "20", "45"}, {"cofinancing", "100000", "400000"}}) {
            type("pps:" + figure[0] + "Baseline_input", figure[1]);
            type("pps:" + figure[0] + "Target_input", figure[2]);
        }
        assertThat(errorMessagesAfterClicking("pps:submit")).isEqualTo("Het doel voor studenten ligt onder de nulmeting.");
        assertThat(List.of("pps:studentsTarget_input", "pps:studentsBaseline_input")).map(this::markedInvalid).containsExactly(true, false);
        retype("pps:studentsTarget_input", "600");
        click("pps:submit");
        wait.until(ExpectedConditions.urlContains("partnership/detail.xhtml"));
        assertThat(infoMessages()).contains("De pps is toegevoegd.");
        assertThat(browser.findElement(By.tagName("main")).getText()).as("typed markup is shown as text")
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

        // The applicant answers both conditions and submits the revised plan.
        logIn("aanvrager");
        openTask(title);
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
        click("revise:submit");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        assertThat(infoMessages()).contains("Het herziene plan is ingediend");
        assertThat(browser.getPageSource()).doesNotContain(title);
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
        assertThat(List.of("assess:verdicts:1:reasoning", "assess:verdicts:0:reasoning", "assess:reasoning"))
                .as("the second condition's verdict is marked, not the first's nor the overall reasoning")
                .map(this::markedInvalid).containsExactly(true, false, false);
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
                "Herzien plan ingediend (ronde 1, 1 document(en))",
                "Ronde 1 volledig bevonden",
                "Beoordeling ronde 1: opnieuw laten herzien",
                "Herzien plan ingediend (ronde 2, 0 document(en))",
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

    /** A GET of {@code url} outside the browser, with the browser's cookies: as the user logged in there. */
    private HttpResponse<byte[]> getWithThisSession(String url) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
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
        browser.findElement(By.xpath("//*[@id='deadline:choice']//label[text()='Termijn verlengen']")).click();
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
     * From the award to the money: allocation over two PPSs, progress reports, a four-eyes release (the
     * verifier may not approve it), a withheld tranche with its corrective-action plan, and the ledger's
     * sums on the PPS and programme pages.
     */
    @Test
    void anOfficerAllocatesAnAwardedProgrammeWithinItsAwardAndTheTranchesAreReleased() throws Exception {
        String title = "LLO Collectief Laagopgeleiden en Laaggeletterden";
        logIn("adviseur");
        openTask(title);
        wait.until(ExpectedConditions.urlContains("partnership/allocate.xhtml"));
        assertThat(text("awarded")).contains("92.000.000,00");
        assertThat(text("ppsCount")).as("the PPSs added beside the number the plan scales").isEqualTo("3 toegevoegd; het plan noemt er 3");

        assertThat(text("allocate:lines:0:baseline")).as("the baseline each milestone's value must exceed, and the target it leads to")
                .contains("Aangesloten bedrijven 25 → 75").contains("Studenten 400 → 900");
        allocate(0, "60000000", "Taalhuis in 10 gemeenten open", "Aangesloten bedrijven", "80");
        // 400 students is Limburg's baseline: a milestone there measures nothing.
        allocate(1, "32000001", "400 deelnemers gestart", "Studenten", "400");
        LocalDate planned = LocalDate.parse(browser.findElement(By.id("allocate:lines:1:tranches:0:plannedDate_input")).getAttribute("value"));
        assertThat(daysOfThisTest()).as("a tranche is proposed a year from today").extracting(day -> day.plusMonths(12)).contains(planned);
        click("allocate:submit");
        assertThat(errorMessages()).contains("tranche 1 van PPS Leren en Werken Limburg moet boven de nulmeting van de pps liggen (400)");
        assertThat(List.of("allocate:lines:1:tranches:0:target_input", "allocate:lines:0:tranches:0:target_input",
                        "allocate:lines:1:tranches:0:trancheAmount_input", "allocate:lines:1:amount_input"))
                .as("the value of Limburg's milestone is marked, not Collectief's nor a tranche's amount; Limburg's amount is, for"
                        + " together the two are a cent above the award")
                .map(this::markedInvalid).containsExactly(true, false, false, true);
        retype("allocate:lines:1:tranches:0:target_input", "800");
        assertThat(errorMessagesAfterClicking("allocate:submit")).contains("meer dan het definitief toegekende bedrag");
        assertThat(List.of("allocate:lines:0:amount_input", "allocate:lines:1:amount_input", "allocate:lines:1:tranches:0:target_input"))
                .as("together above the award: every PPS's amount is marked, the milestone now right is not")
                .map(this::markedInvalid).containsExactly(true, true, false);

        // Beside each PPS: what its tranches add up to, as they are typed, and whether that is its amount.
        assertThat(text("allocate:lines:0:trancheSum")).contains("De tranches tellen samen op tot").contains("60.000.000,00")
                .doesNotContain("niet tot");
        assertThat(browser.findElement(By.id("allocate:lines:0:trancheSum")).findElement(By.xpath("..")).getAttribute("aria-live"))
                .as("a screen reader is told the sum as it changes").isEqualTo("polite");
        retype("allocate:lines:1:amount_input", "30000000");
        // An amount says what it holds when the officer leaves it (here for the sum below it). Clicked into first, as an
        // officer does: the field keeps its euro sign, and a caret a script left before the sign types nothing.
        click("allocate:lines:1:tranches:0:trancheAmount_input");
        retype("allocate:lines:1:tranches:0:trancheAmount_input", "29000000");
        click("allocate:lines:1:trancheSum");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("allocate:lines:1:trancheSum"), "29.000.000,00"));
        assertThat(text("allocate:lines:1:trancheSum")).contains("niet tot het toe te wijzen bedrag van € 30.000.000,00");
        click("allocate:lines:1:tranches:0:trancheAmount_input");
        retype("allocate:lines:1:tranches:0:trancheAmount_input", "30000000");
        click("allocate:lines:1:trancheSum");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("allocate:lines:1:trancheSum"), "niet tot")));
        assertThat(text("allocate:lines:1:trancheSum")).contains("30.000.000,00");
        // A date the form cannot read is refused naming the field as the officer knows it: its column, tranche and PPS.
        retype("allocate:lines:1:tranches:0:plannedDate_input", "morgen");
        assertThat(errorMessagesAfterClicking("allocate:submit"))
                .contains("Geplande datum, tranche 1, PPS Leren en Werken Limburg: 'morgen' is geen geldige datum; typ jjjj-mm-dd.")
                .doesNotContain("allocate:");
        retype("allocate:lines:1:tranches:0:plannedDate_input", planned.toString());
        click("allocate:submit");
        wait.until(ExpectedConditions.urlContains("partnership/allocation.xhtml"));
        assertThat(infoMessages()).contains("De toewijzing is vastgelegd.");
        assertThat(text("allocated")).contains("90.000.000,00");
        assertThat(text("remaining")).contains("2.000.000,00");
        assertThat(browser.getPageSource()).contains("Taalhuis in 10 gemeenten open");
        assertThat(browser.findElements(By.className("ngf-allocation-target"))).extracting(WebElement::getText)
                .containsExactly("Aangesloten bedrijven: 80", "Studenten: 800");
        logOut();

        String twente = "PPS Basisvaardigheden Twente";
        String limburg = "PPS Leren en Werken Limburg";
        // Before reporting, the applicant asks to delay Limburg's tranche by a month; an officer approves.
        logIn("aanvrager-collectief");
        openPartnership(limburg);
        click("requestChange");
        wait.until(ExpectedConditions.urlContains("funding/change.xhtml"));
        chooseFromMenu("change:tranche", "1: " + nl.ngf.grants.shared.Money.ofEuros(30_000_000).format(DUTCH) + ", " + planned.format(DUTCH_DATE));
        type("change:newDate_input", planned.plusMonths(1).toString());
        click("change:submit");
        assertThat(errorMessages()).contains("Geef de reden van de wijziging.");
        type("change:reason", "De werving van deelnemers start pas na de zomer.");
        click("change:submit");
        assertThat(infoMessages()).contains("Het wijzigingsverzoek is vastgelegd.");
        assertThat(text("changes")).contains("Wacht op subsidieadviseur");
        logOut();
        logIn("adviseur");
        openTask(limburg + " – tranche 1 (wijzigingsverzoek)");
        wait.until(ExpectedConditions.urlContains("funding/change-decision.xhtml"));
        browser.findElement(By.cssSelector("label[for='changeDecision:approved:0']")).click();
        assertThat(browser.findElements(By.id("beyondAYear"))).as("the PPS's only tranche has none before it").isEmpty();
        type("changeDecision:reasoning", "Akkoord: een maand later.");
        click("changeDecision:submit");
        assertThat(infoMessages()).contains("goedgekeurd en doorgevoerd");
        openPartnership(limburg);
        assertThat(text("tranches")).contains(planned.plusMonths(1).format(DUTCH_DATE));
        logOut();

        // The applicant reports on each PPS's first tranche; a negative count and a missing narrative are refused
        // first, both at once, each in its own words.
        logIn("aanvrager-collectief");
        openTask(twente + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/report.xhtml"));
        assertThat(text("milestone")).isEqualTo("Taalhuis in 10 gemeenten open");
        assertThat(browser.findElements(By.id("claim:state"))).as("the organisation's only user has nobody to show that they took it on")
                .isEmpty();
        fillReport("-3", " ");
        // Read once the answer is shown: both messages come in the one answer.
        assertThat(wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".ui-messages-error li"))))
                .extracting(WebElement::getText).containsExactly(
                "Het aantal aangesloten bedrijven moet tussen 0 en 10.000.000 liggen.", "Geef een toelichting op de voortgang.");
        // The two fields are marked, for the eye and for a screen reader; the figures that hold are not.
        for (String refused : new String[] {"report:companies_input", "report:narrative"}) {
            assertThat(browser.findElement(By.id(refused)).getAttribute("aria-invalid")).as(refused).isEqualTo("true");
            assertThat(browser.findElement(By.id(refused)).getAttribute("class")).as(refused).contains("ui-state-error");
        }
        assertThat(browser.findElement(By.id("report:students_input")).getAttribute("aria-invalid")).isNotEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("label[for='report:companies_input']")).getAttribute("class")).contains("ui-state-error");
        retype("report:companies_input", "80");
        retype("report:narrative", "Tien taalhuizen open <script>document.title='gehackt'</script><b>zie lijst</b>.");
        click("report:submit");
        assertThat(infoMessages()).contains("De voortgangsrapportage is ingediend.");
        openTask(limburg + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/report.xhtml"));
        fillReport("30", "Pas 150 deelnemers gestart; werving loopt achter.");
        assertThat(infoMessages()).contains("De voortgangsrapportage is ingediend.");
        logOut();

        // The officer verifies: Twente attained (a large tranche: four eyes), Limburg far behind (withheld). The form
        // starts from what the report's figures measure against the milestone.
        logIn("adviseur");
        openTask(twente + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/verify.xhtml"));
        assertThat(text("milestoneTarget")).isEqualTo("Aangesloten bedrijven: 80");
        assertThat(text("verify:measured")).contains("Gemeten aan de hand van de rapportage: 100%")
                .contains("Aangesloten bedrijven: nulmeting 25, gerapporteerd 80, mijlpaal 80");
        assertThat(browser.findElement(By.id("verify:attainment_input")).getAttribute("value")).isEqualTo("100,00");
        type("verify:remarks", "Tien taalhuizen bezocht en open.");
        click("verify:submit");
        assertThat(infoMessages()).contains("een tweede subsidieadviseur moet de vrijgave goedkeuren");
        openTask(limburg + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/verify.xhtml"));
        assertThat(text("verify:measured")).as("450 students reported, from 400 toward 800")
                .contains("Gemeten aan de hand van de rapportage: 12,5%");
        verify(limburg, "40", "150 van 400 deelnemers.");
        assertThat(infoMessages()).contains("de tranche wordt ingehouden");
        go("workflow/inbox.xhtml?q=" + java.net.URLEncoder.encode(twente, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text("inbox:tasks")).as("the verifier sees the approval waiting for a colleague")
                .contains("Vrijgave goedkeuren").contains("voor een collega (vier ogen)");
        openTask(twente + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/approve.xhtml"));
        assertThat(text("claim:text")).contains("voor een collega").contains("vier ogen");
        assertThat(browser.findElements(By.id("claim:take"))).as("nothing to take on for the verifier").isEmpty();
        assertThat(browser.findElements(By.id("approve:submit"))).as("nor anything to decide (the service refuses it too)").isEmpty();
        snapshot("funding-approve-own-verification");
        logOut();
        logIn("adviseur2");
        approve(twente, "Bewijs gezien; akkoord met vrijgave.");
        assertThat(infoMessages()).contains("De vrijgave is goedgekeurd");
        logOut();

        // The withheld tranche: a corrective-action plan, a new verification, a second approval.
        logIn("aanvrager-collectief");
        openTask(limburg + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/corrective.xhtml"));
        assertThat(browser.getPageSource()).contains("150 van 400 deelnemers.");
        assertThat(text("corrective:documentsPanel")).contains("Voeg toe wat het verbeterplan onderbouwt");
        type("corrective:plan", "Werving via werkgevers en de bibliotheek; doel 400 deelnemers in het voorjaar.");
        click("corrective:submit");
        assertThat(infoMessages()).contains("Het verbeterplan is ingediend.");
        logOut();
        logIn("adviseur");
        verify(limburg, "100", "Nu 410 deelnemers.");
        logOut();
        logIn("adviseur2");
        approve(limburg, "Akkoord na verbeterplan.");
        logOut();

        // The pages show the money as the ledger holds it, and every decision with its reason.
        logIn("beheerder");
        openPartnership(twente);
        awaitTrancheStatus("Uitbetaald");
        assertThat(text("ppsReleased")).contains("60.000.000,00");
        assertThat(text("ppsRemaining")).contains("0,00");
        assertThat(browser.findElement(By.className("ngf-report")).getText()).as("typed markup is shown as text, never run")
                .contains("<script>document.title='gehackt'</script><b>zie lijst</b>.");
        assertThat(browser.getTitle()).doesNotContain("gehackt");
        assertThat(browser.findElements(By.cssSelector(".ngf-report b"))).isEmpty();
        assertThat(browser.getPageSource()).contains("Tranche boven EUR 1.000.000").contains("Bewijs gezien; akkoord met vrijgave.")
                .contains("geautoriseerd door Ahmed El Amrani");
        snapshot("funding-pps-page");
        openPartnership(limburg);
        awaitTrancheStatus("Uitbetaald");
        assertThat(text("ppsReleased")).contains("30.000.000,00");
        assertThat(text("kpis")).as("the latest report's KPIs beside baseline and target, and how far they came").contains("Aangesloten bedrijven 18 30 60 29%").contains("6,5%");
        assertThat(browser.findElements(By.className("ngf-decision"))).extracting(WebElement::getText)
                .as("what the officer found beside what the report measured, each time")
                .anyMatch(d -> d.contains("Mijlpaal gehaald: 40% (gemeten aan de rapportage: 12,5%)"))
                .anyMatch(d -> d.contains("Mijlpaal gehaald: 100% (gemeten aan de rapportage: 12,5%)"));
        assertThat(browser.getPageSource()).contains("KPI-mijlpaal voor minder dan 80% gehaald")
                .contains("Werving via werkgevers en de bibliotheek");
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the page is named after its PPS").isEqualTo(limburg);
        WebElement programmeLink = browser.findElement(By.cssSelector("#facts a[href*='programme/detail']"));
        String programmeName = programmeLink.getText();
        assertThat(programmeName).as("the PPS names its programme").matches("NGF-\\d{4}-\\d+ " + title);
        programmeLink.click();
        wait.until(ExpectedConditions.urlContains("programme/detail.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the page names the programme it shows")
                .isEqualTo("Programma " + programmeName.split(" ")[0]);
        assertThat(text("moneyReleased")).contains("90.000.000,00");
        assertThat(text("resultsReported")).as("the programme's results from its PPSs' reports")
                .startsWith("2 van de 3 pps'en hebben gerapporteerd");
        assertThat(text("programmeKpis")).as("Twente's 80 and Limburg's 30 companies, Rotterdam still at its 40")
                .contains("Aangesloten bedrijven 83 150 255 39%").contains("Bereik mkb in de regio 3% 5,17% 11% 27%");
        assertThat(browser.findElements(By.className("ngf-pps-result"))).extracting(WebElement::getText)
                .anyMatch(row -> row.startsWith("PPS Taalhuis Werk Rotterdam Rijnmond 2,5% → 2,5% (doel 10%) 40 → 40 (doel 120) nog niet"));
        assertThat(browser.findElements(By.cssSelector("[id='ledgerLines:payments'] .ngf-payment-amount"))).as("the ledger's lines on the page")
                .extracting(WebElement::getText).containsExactlyInAnyOrder("€ 60.000.000,00", "€ 30.000.000,00");
        assertThat(text("ledgerLines:payments")).contains(twente).contains(limburg).contains("Totaal uitbetaald").contains("€ 90.000.000,00");
        assertThat(text("moneyRemaining")).contains("2.000.000,00");
        assertThat(text("closedAt")).as("every tranche paid: the programme is closed").contains("2 tranche(s) uitbetaald, 0 vervallen");
        assertThat(text("settled")).isEqualTo("Afgerond");
        LocalDate closedOn = firstDutchDate(text("closedAt"));
        assertThat(daysOfThisTest()).as("closed as its last tranche was paid, in this test").contains(closedOn);
        assertThat(text("historyKeptUntil")).as("its history kept five years from the day it closed")
                .isEqualTo(closedOn.plusDays(1827).format(DUTCH_DATE));
        assertThat(text("timeline")).as("the programme's course goes on after the award: allocation, payments, settlement")
                .contains("Toegekend bedrag toegewezen: € 90.000.000,00 over 2 pps'en")
                .contains("Tranche 1 van " + twente + " uitbetaald: € 60.000.000,00")
                .contains("Tranche 1 van " + limburg + " ingehouden: KPI-mijlpaal niet voldoende gehaald")
                .contains("Tranche 1 van " + limburg + " uitbetaald: € 30.000.000,00")
                .contains("Afgerond: € 90.000.000,00 uitbetaald, 2 tranche(s) uitbetaald, 0 vervallen");
        snapshot("funding-programme-page");
        go("partnership/list.xhtml?q=" + java.net.URLEncoder.encode(limburg, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.xpath("//tr[.//a[text()='" + limburg + "']]")).getText()).contains("30.000.000,00 / € 30.000.000,00");

        // The auditor finds the releases in the audit log and the chain intact.
        click("nav:auditLog");
        wait.until(ExpectedConditions.urlContains("audit/log.xhtml"));
        click("audit:verify");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verificationResult"), "De keten is intact"));
        // Actions are chosen by their name; each entry shows its name, with the code the trail recorded beneath it.
        chooseFromMenu("audit:action", "Tranche uitbetaald");
        click("audit:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), "authorisedBy=adviseur2"));
        assertThat(browser.findElements(By.className("ngf-audit-action"))).extracting(WebElement::getText).containsOnly("Tranche uitbetaald");
        assertThat(browser.findElements(By.className("ngf-audit-code"))).extracting(WebElement::getText).containsOnly("tranche.released");
        assertThat(browser.findElements(By.className("ngf-audit-record"))).extracting(WebElement::getText)
                .allSatisfy(record -> assertThat(record).matches("Tranche \\d+"));
        assertThat(browser.getCurrentUrl()).as("the search kept in the address, by code").contains("action=tranche.released");
        snapshot("audit-log");

        // The overview of tranches: the two paid ones among all, none open any more for these PPSs.
        click("nav:tranches");
        wait.until(ExpectedConditions.urlContains("funding/tranches.xhtml"));
        assertThat(browser.findElements(By.xpath("//a[text()='" + twente + "']"))).as("open tranches only, by default").isEmpty();
        go("funding/tranches.xhtml?show=RELEASED");
        assertThat(browser.findElement(By.xpath("//tr[.//a[text()='" + twente + "']]")).getText()).contains("€ 60.000.000,00").contains("Uitbetaald");
        assertThat(browser.findElement(By.xpath("//tr[.//a[text()='" + limburg + "']]")).getText()).contains("€ 30.000.000,00").contains("Uitbetaald");
        // Narrowed to this programme and downloaded for the payment planning: its two paid tranches, amounts exact.
        WebElement programmeOption = browser.findElements(By.cssSelector("[id='tranches:programme_input'] option")).stream()
                .filter(option -> option.getAttribute("textContent").endsWith(" " + title)).findFirst().orElseThrow();
        String programme = programmeOption.getAttribute("textContent");
        String programmeId = programmeOption.getAttribute("value");
        chooseFromMenu("tranches:programme", programme);
        wait.until(driver -> driver.findElements(By.cssSelector("[id='tranches:table_data'] .ngf-tranche-pps")).size() == 2);
        // The address says what is shown: the choice survives a reload.
        wait.until(ExpectedConditions.urlMatches("funding/tranches\\.xhtml\\?show=RELEASED&programme=" + programmeId + "$"));
        browser.navigate().refresh();
        assertThat(text("tranches:programme_label")).isEqualTo(programme);
        assertThat(browser.findElements(By.cssSelector("[id='tranches:table_data'] .ngf-tranche-pps"))).hasSize(2);
        click("tranches:exportXlsx");
        List<List<String>> sheet = spreadsheetRows(downloaded("tranches.xlsx"));
        assertThat(sheet.get(0)).containsExactly("Gepland", "Programma", "Pps", "Tranche", "Bedrag", "Mijlpaal", "Status");
        assertThat(sheet.subList(1, sheet.size())).extracting(row -> row.get(2) + " " + row.get(3) + " " + row.get(4))
                .as("amounts are numbers, exact").containsExactlyInAnyOrder(twente + " 1 60000000", limburg + " 1 30000000");
        assertThat(sheet.subList(1, sheet.size())).allSatisfy(row -> {
            assertThat(row.get(0)).as("planned date").matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(row.get(6)).as("status and when paid").matches("Uitbetaald \\d{1,2} \\S+ \\d{4}");
        });
        snapshot("tranches");

        // The ledger reconciles, and running a paid tranche's payment step again pays nothing twice.
        click("nav:ledger");
        wait.until(ExpectedConditions.urlContains("admin/ledger.xhtml"));
        assertThat(browser.findElements(By.xpath("//tr[.//a[text()='" + twente + "']]"))).singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("€ 60.000.000,00").contains("adviseur2"));
        LocalDate paidOn = firstDutchDate(browser.findElement(By.xpath("//tr[.//a[text()='" + twente + "']]")).getText());
        assertThat(daysOfThisTest()).as("paid in this test").contains(paidOn);
        click("ledger:check");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkResult"), "Het grootboek klopt"));
        // Downloaded for the accounts: every line, the moment as a date, the amount as a number.
        click("ledger:exportXlsx");
        List<List<String>> ledgerSheet = spreadsheetRows(downloaded("grootboek.xlsx"));
        assertThat(ledgerSheet.get(0)).containsExactly("Betaald op", "Programma", "Pps", "Tranche", "Bedrag", "Geautoriseerd door");
        List<List<String>> twenteLines = ledgerSheet.stream().filter(row -> row.get(2).equals(twente)).toList();
        assertThat(twenteLines).hasSize(1);
        assertThat(twenteLines.get(0)).as("the line as on the screen").containsExactly(paidOn.toString(),
                twenteLines.get(0).get(1), twente, "1", "60000000", "adviseur2");
        assertThat(twenteLines.get(0).get(1)).startsWith("NGF-");
        assertThat(ledgerSheet).as("every line of the ledger, on every page, under a header").hasSize(ledgerLineCount() + 1);
        browser.findElement(By.xpath("//tr[.//a[text()='" + twente + "']]//button[contains(@id,':replay')]")).click();
        click("ledger:confirmYes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ledger:replayResult"), "er is niets opnieuw betaald"));
        assertThat(text("ledger:replayResult")).contains("tranche 1 van " + twente)
                .contains("1 → 1").contains("€ 60.000.000,00 → € 60.000.000,00");
        click("ledger:check");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkResult"), "Het grootboek klopt"));
        snapshot("ledger");

        // From the PPS page the auditor reconstructs the tranche: its diagram with the path taken, and
        // one timeline of the engine's steps and the audit entries.
        openPartnership(limburg);
        click("history");
        wait.until(ExpectedConditions.urlContains("history/timeline.xhtml"));
        assertThat(text("subject")).isEqualTo(limburg);
        WebElement diagram = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ngf-bpmn[data-rendered]")));
        assertThat(diagram.getAttribute("data-rendered")).isEqualTo("true");
        assertThat(Integer.parseInt(diagram.getAttribute("data-marked"))).isGreaterThan(3);
        assertThat(diagram.findElements(By.cssSelector(".djs-element.ngf-passed"))).isNotEmpty();
        assertThat(diagram.findElements(By.cssSelector(".djs-connection.ngf-passed-flow"))).isNotEmpty();
        // The model's elements are named in the reader's language, in the diagram and in the timeline.
        // (A label wraps over lines of its own: compared without the spaces; a long Dutch word breaks where it may, drawn
        // with a hyphen.)
        assertThat(diagram.findElements(By.cssSelector(".djs-element text")))
                .extracting(label -> label.getAttribute("textContent").replaceAll("\\s", ""))
                .contains("Trancheuitbetalen", "Voortgangs-rapportageverifiëren").doesNotContain("Releasethetranche");
        String timeline = text("history:moments");
        assertThat(timeline).contains("tranche.released").contains("tranche.secondApproval").contains("Taak voltooid")
                .contains("adviseur2").contains("Voortgangsrapportage verifiëren").contains("Tranche uitbetalen")
                .contains("beslistabel").doesNotContain("Verify the progress report").doesNotContain("exclusiveGateway")
                .as("variables and operations named, with the engine's name beside it").contains("Uitkomst van de beslistabel (releaseDecision)")
                .contains("KPI-mijlpaal gehaald (%) (kpiAttainment)").contains("Taak opgepakt").contains("behandelaar: – → adviseur")
                .as("the delay asked for, by its number in the audit trail and the tranche it changes")
                .containsPattern("Wijzigingsverzoek \\d+ \\(tranche 1\\)");
        snapshot("history-pps");
        // From the PPS's timeline to its programme's, which leads to each of its PPSs.
        browser.findElement(By.cssSelector("#related a.ngf-related-link")).click();
        wait.until(ExpectedConditions.urlContains("history/timeline.xhtml?programme="));
        assertThat(text("subject")).endsWith(title);
        assertThat(browser.findElements(By.cssSelector("#related a.ngf-related-link"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder(twente, limburg, "PPS Taalhuis Werk Rotterdam");
        assertThat(text("history:moments")).contains("programme.allocated");
        logOut();
    }

    /**
     * The demo, as someone trying the product finds it: a finished case an auditor reconstructs (every
     * tranche paid, one withheld until its corrective-action plan, second approvals, two change requests,
     * the programme settled, each case's diagram ended with nothing waiting), and a programme whose PPSs
     * wait at each step of a tranche in the inbox of the user whose turn it is.
     */
    @Test
    void theDemoHoldsAFinishedCaseAndTranchesWaitingAtEachStep() throws Exception {
        String finished = "Learning Communities Zorg en Technologie";
        String amsterdam = "PPS Zorgtechnologie Amsterdam";
        String zwolle = "PPS Slimme Zorg Zwolle";
        logIn("beheerder");
        // The list of programmes: searched for, each with what is paid of what is allocated, narrowed to a status
        // as well, both kept in the address, and downloaded with every amount as a number.
        go("programme/list.xhtml");
        By programmeRows = By.cssSelector("[id='list:programmes_data'] > tr");
        type("list:query", "ZORG technologie");
        wait.until(driver -> driver.findElements(programmeRows).stream().map(row -> row.getText().toLowerCase())
                .allMatch(row -> row.contains("zorg") && row.contains("technologie")));
        wait.until(ExpectedConditions.urlMatches("programme/list\\.xhtml\\?q=ZORG\\+technologie$"));
        WebElement finishedRow = browser.findElement(By.xpath("//tr[.//a[text()='" + finished + "']]"));
        assertThat(finishedRow.getText()).as("two words, as a screen reader reads them too")
                .contains("Toegekend Afgerond").contains("€ 8.000.000,00 / € 8.000.000,00");
        browser.findElement(By.cssSelector("a.ngf-filter-AWARDED")).click();
        wait.until(ExpectedConditions.urlContains("status=AWARDED"));
        assertThat(browser.getCurrentUrl()).as("the search stays as the status is chosen").contains("q=ZORG+technologie");
        assertThat(browser.findElement(By.id("list:query")).getAttribute("value")).isEqualTo("ZORG technologie");
        assertThat(browser.findElements(programmeRows)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("Toegekend").containsIgnoringCase("zorg"));
        click("list:exportXlsx");
        List<List<String>> programmeSheet = spreadsheetRows(downloaded("programmas.xlsx"));
        assertThat(programmeSheet.get(0)).containsExactly("Kenmerk", "Titel", "Aanvrager (organisatie)", "Status", "Aangevraagd",
                "Voorwaardelijk", "Definitief", "Toegewezen", "Uitbetaald", "Afgerond op");
        assertThat(programmeSheet.subList(1, programmeSheet.size())).extracting(row -> row.get(1)).contains(finished)
                .hasSize(browser.findElements(programmeRows).size());
        List<String> finishedLine = programmeSheet.stream().filter(row -> row.get(1).equals(finished)).findFirst().orElseThrow();
        assertThat(finishedLine.get(3)).as("status").isEqualTo("Toegekend, Afgerond");
        assertThat(finishedLine.subList(6, 9)).as("awarded, allocated and paid, as numbers").containsExactly("8000000", "8000000", "8000000");
        assertThat(finishedLine.get(9)).as("the day it closed").matches("\\d{4}-\\d{2}-\\d{2}");

        go("programme/detail.xhtml?id=" + idOf("programme/list.xhtml", finished, "programme/detail"));
        assertThat(text("settled")).isEqualTo("Afgerond");
        assertThat(browser.findElement(By.id("status")).findElement(By.xpath("..")).getText()).isEqualTo("Toegekend Afgerond");
        assertThat(text("moneyReleased")).contains("€ 8.000.000,00");
        assertThat(browser.findElements(By.cssSelector("[id='ledgerLines:payments'] .ngf-payment-amount"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("€ 1.000.000,00", "€ 1.500.000,00", "€ 2.500.000,00", "€ 3.000.000,00");
        assertThat(text("timeline")).contains("Tranche 2 van " + amsterdam + " ingehouden: KPI-mijlpaal niet voldoende gehaald")
                .contains("Wijzigingsverzoek voor tranche 2 van " + zwolle + " binnen de drempel direct doorgevoerd: Budget verschuiven tussen tranches")
                .contains("Wijzigingsverzoek voor tranche 2 van " + amsterdam + " goedgekeurd en doorgevoerd: Uitstel van een tranche")
                .contains("Akkoord: de planning blijft binnen het programmajaar.")
                .contains("Afgerond: € 8.000.000,00 uitbetaald, 4 tranche(s) uitbetaald, 0 vervallen");

        openPartnership(zwolle);
        assertThat(text("changes")).as("a budget shift within a quarter of both tranches applies at once").contains("Binnen de drempel: direct doorgevoerd")
                .contains("Tranche 2: € 3.200.000,00 → € 3.000.000,00 · Tranche 1: € 800.000,00 → € 1.000.000,00");
        assertThat(text("tranches")).as("the shift moved EUR 200,000 to the first tranche")
                .contains("€ 1.000.000,00").contains("€ 3.000.000,00");
        openPartnership(amsterdam);
        // Months before the tranche was due, the applicant asked to plan it a month later, and an officer approved.
        String day = "(\\d{1,2} \\p{L}+\\.? \\d{4})";
        java.util.regex.Matcher delay = java.util.regex.Pattern.compile("Ingediend door Fatima Yilmaz op " + day + "(?s:.*)"
                + "Geplande datum: " + day + " → " + day).matcher(text("changes"));
        assertThat(delay.find()).as("the delay: %s", text("changes")).isTrue();
        assertThat(text("changes")).contains("Goedgekeurd en doorgevoerd – Sanne de Vries, ");
        LocalDate requested = LocalDate.parse(delay.group(1), DUTCH_DATE);
        LocalDate plannedBefore = LocalDate.parse(delay.group(2), DUTCH_DATE);
        assertThat(LocalDate.parse(delay.group(3), DUTCH_DATE)).isEqualTo(plannedBefore.plusDays(30));
        assertThat(requested).isBefore(plannedBefore.minusMonths(3)).isBefore(startedOn);
        java.util.regex.Matcher withheldBy = java.util.regex.Pattern.compile("Regel withholdBelowEighty van versie (\\d+) van de beslistabel, op invoer: ")
                .matcher(browser.getPageSource());
        assertThat(withheldBy.find()).as("the withholding names the rule and the version of the table that took it").isTrue();
        String tableVersion = withheldBy.group(1);
        assertThat(browser.getPageSource()).contains("Een extra scholingsgroep in het voorjaar")
                .contains("Akkoord na verbeterplan.").contains("geautoriseerd door Ahmed El Amrani");
        // Tranche 2's course reads in the order it happened: report, verification, withheld, plan, verification, approval.
        assertThat(browser.findElements(By.cssSelector(".ngf-tranche")).get(1).findElements(By.cssSelector(".ngf-condition-text")))
                .extracting(step -> step.getText().replaceAll(" (Ingediend door|–) .*", ""))
                .containsExactly("Voortgangsrapportage 1", "Verificatie: Geverifieerd", "Beslistabel: Inhouden", "Verbeterplan 2",
                        "Verificatie: Geverifieerd", "Beslistabel: Vrijgeven na tweede goedkeuring", "Tweede goedkeuring: Goedgekeurd");
        assertThat(browser.getPageSource()).contains("KPI-mijlpaal voor minder dan 80% gehaald: inhouden, verbeterplan nodig");
        // What the decision table said reads in English too; what people wrote stays as they wrote it.
        click("nav:lang-en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ngf-active[id='nav:lang-en']")));
        assertThat(browser.getCurrentUrl()).as("the same PPS's page").contains("partnership/detail.xhtml?id=");
        assertThat(browser.getPageSource()).contains("KPI milestone less than 80% attained: withhold, a corrective-action plan is needed")
                .containsPattern("Rule withholdBelowEighty of version \\d+ of the decision table, on the inputs: ")
                .doesNotContain("KPI-mijlpaal voor minder dan 80% gehaald")
                .contains("Akkoord na verbeterplan.");
        click("nav:lang-nl");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ngf-active[id='nav:lang-nl']")));
        click("history");
        wait.until(ExpectedConditions.urlContains("history/timeline.xhtml"));
        java.util.List<WebElement> diagrams = wait.until(driver -> {
            java.util.List<WebElement> all = driver.findElements(By.cssSelector(".ngf-bpmn"));
            return all.stream().allMatch(d -> "true".equals(d.getAttribute("data-rendered"))) ? all : null;
        });
        assertThat(diagrams).as("two tranches and a change request").hasSize(3)
                .allSatisfy(d -> assertThat(d.findElements(By.cssSelector(".djs-element.ngf-active"))).as("nothing waits").isEmpty());
        assertThat(browser.findElements(By.cssSelector("[hidden][id^='model-']"))).as("the page carries each model once: the tranches share theirs")
                .hasSize(2);
        assertThat(diagrams).extracting(d -> d.getAttribute("data-model")).containsExactly("model-0", "model-0", "model-1");
        // A diagram is as large as the page allows, whatever the model's shape: it fills the width, or the height a
        // diagram may take (within a window), or shows the model at its own size; its buttons zoom in and out and
        // fit it again.
        for (WebElement d : diagrams) {
            double scale = Double.parseDouble(d.getAttribute("data-scale"));
            List<Number> filled = script(
                    "var drawn = arguments[0].querySelector('svg .viewport').getBoundingClientRect();"
                    + " return [drawn.width / arguments[0].clientWidth, drawn.height / arguments[0].clientHeight];", d);
            assertThat(scale == 1.0 || filled.get(0).doubleValue() > 0.9 || filled.get(1).doubleValue() > 0.9)
                    .as("%s at scale %s fills %s of the width and height", d.getAttribute("id"), scale, filled).isTrue();
            assertThat(d.getSize().getHeight()).as("within a window").isLessThan(800);
            // In a window 1366 wide the widest model (a tranche) is drawn at most a third smaller than its own size,
            // so its labels stay readable without zooming in.
            assertThat(scale).as("%s drawn at", d.getAttribute("id")).isGreaterThanOrEqualTo(0.7);
        }
        double fitted = Double.parseDouble(diagrams.get(1).getAttribute("data-scale"));
        click("zoomIn-1");
        assertThat(Double.parseDouble(diagrams.get(1).getAttribute("data-scale"))).isCloseTo(fitted * 1.25, org.assertj.core.api.Assertions.within(0.01));
        click("zoomOut-1");
        click("zoomOut-1");
        assertThat(Double.parseDouble(diagrams.get(1).getAttribute("data-scale"))).isCloseTo(fitted / 1.25, org.assertj.core.api.Assertions.within(0.01));
        click("zoomFit-1");
        assertThat(diagrams.get(1).getAttribute("data-scale")).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", fitted));
        // Tranche 2 was withheld by the decision table, then released after a second approval: the diagram
        // draws those flows, not the ones between the same steps that the case never took.
        WebElement second = diagrams.get(1);
        assertThat(second.findElements(By.cssSelector(".ngf-passed-flow"))).extracting(flow -> flow.getAttribute("data-element-id"))
                .contains("withhold", "toVerificationFromPlan", "secondApproval", "approved").doesNotContain("notApproved", "release");
        // It verified the report and asked the decision table twice, once before and once after the corrective-action
        // plan: those steps say so on their corner, which tranche 1, paid at the first verification, has nowhere.
        assertThat(second.findElements(By.cssSelector(".ngf-times-badge"))).extracting(badge -> badge.getAttribute("data-element-id")
                + " " + badge.findElement(By.tagName("text")).getText()).containsExactlyInAnyOrder("verifyProgressReport 2×", "decideTrancheRelease 2×");
        assertThat(second.findElement(By.cssSelector(".ngf-times-badge[data-element-id='verifyProgressReport'] title"))
                .getAttribute("textContent")).isEqualTo("2 keer doorlopen");
        assertThat(diagrams.get(0).findElements(By.cssSelector(".ngf-times-badge"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".ngf-legend-repeated"))).as("explained under the one diagram that has them")
                .hasSize(1).allSatisfy(legend -> assertThat(legend.getText()).isEqualTo("2× zo vaak doorlopen"));
        // The audit trail's entries by name, each with the code it recorded.
        assertThat(text("history:moments")).contains("Besluit van de beslistabel\ntranche.decided")
                .contains("Verbeterplan ingediend\ntranche.correctivePlanSubmitted").contains("Tranche uitbetaald\ntranche.released");
        // The auditor narrows the timeline to the audit trail, then to the payments in it.
        By rows = By.cssSelector("[id='history:moments_data'] > tr");
        int all = browser.findElements(rows).size();
        chooseFromMenu("history:moments:sourceFilter", "Auditlog");
        wait.until(driver -> driver.findElements(rows).size() < all);
        assertThat(browser.findElements(rows)).isNotEmpty().allSatisfy(row -> assertThat(row.getAttribute("class")).contains("ngf-moment-audit"));
        type("history:moments:event:filter", "tranche.released");
        wait.until(driver -> driver.findElements(rows).size() == 2);
        assertThat(browser.findElements(By.cssSelector("[id='history:moments_data'] .ngf-moment-kind"))).extracting(WebElement::getText)
                .containsOnly("Tranche uitbetaald");
        // Exported as shown: the two payments, nothing else.
        click("history:exportCsv");
        // Named after the PPS, so that several cases' downloads stay apart.
        List<String> csv = Files.readAllLines(downloaded("verloop-PPS-Zorgtechnologie-Amsterdam.csv")).stream()
                .map(line -> line.replace("\uFEFF", "")).toList();
        assertThat(csv).hasSize(3);
        assertThat(csv.subList(1, 3)).allSatisfy(line -> assertThat(line).contains("Tranche uitbetaald (tranche.released)"));
        click("history:exportXlsx");
        List<List<String>> sheet = spreadsheetRows(downloaded("verloop-PPS-Zorgtechnologie-Amsterdam.xlsx"));
        assertThat(sheet).hasSize(3);
        assertThat(sheet.subList(1, 3)).allSatisfy(row -> assertThat(row).contains("Tranche uitbetaald (tranche.released)"));
        // The address keeps the narrowing: reloaded (or sent on), the timeline shows the same two payments.
        assertThat(browser.getCurrentUrl()).contains("source=AUDIT").contains("event=tranche.released");
        browser.navigate().refresh();
        wait.until(driver -> driver.findElements(rows).size() == 2);
        assertThat(browser.findElements(By.cssSelector("[id='history:moments_data'] .ngf-moment-kind"))).extracting(WebElement::getText)
                .containsOnly("Tranche uitbetaald");
        assertThat(browser.findElement(By.id("history:moments:event:filter")).getAttribute("value")).isEqualTo("tranche.released");
        assertThat(text("history:moments:sourceFilter_label")).isEqualTo("Auditlog");
        // Narrowed in Dutch to the tasks completed, the timeline stays so narrowed when the auditor switches to
        // English (the address keeps the Dutch words).
        go(browser.getCurrentUrl().replaceFirst(".*?/history/", "history/").replace("source=AUDIT", "source=ENGINE")
                .replace("event=tranche.released", "event=" + java.net.URLEncoder.encode("Taak voltooid", java.nio.charset.StandardCharsets.UTF_8)));
        By kinds = By.cssSelector("[id='history:moments_data'] .ngf-moment-kind");
        int completed = wait.until(driver -> driver.findElements(rows).size() > 2 ? driver.findElements(rows).size() : null);
        assertThat(browser.findElements(kinds)).extracting(WebElement::getText).containsOnly("Taak voltooid");
        click("nav:lang-en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ngf-active[id='nav:lang-en']")));
        assertThat(browser.findElements(kinds)).extracting(WebElement::getText).hasSize(completed).containsOnly("Task completed");
        click("nav:lang-nl");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ngf-active[id='nav:lang-nl']")));
        // The table that version is, as the administrator reads it: deciding now, its rules in the order it tries them.
        click("nav:processes");
        wait.until(ExpectedConditions.urlContains("admin/processes.xhtml"));
        WebElement table = browser.findElement(By.cssSelector(".ngf-decision-table"));
        assertThat(table.findElement(By.cssSelector(".ui-datatable-header")).getText()).startsWith("Versie " + tableVersion + ", in gebruik genomen op ")
                .endsWith("Beslist nu");
        assertThat(table.findElement(By.cssSelector("tbody > tr")).findElements(By.tagName("td"))).extracting(WebElement::getText)
                .containsExactly("1", "withholdBelowEighty", "Mijlpaal gehaald (%): < 80\nTranchebedrag (eurocent): elke waarde", "Inhouden",
                        "KPI-mijlpaal voor minder dan 80% gehaald: inhouden, verbeterplan nodig");
        logOut();

        assertThat(inbox("aanvrager")).contains("Voortgangsrapportage indienen PPS Warmtetransitie Achterhoek – tranche 1",
                "Verbeterplan indienen PPS Netbeheer Twente – tranche 1");
        assertThat(lastInboxUrgencies).as("the report due in five days is marked; the plan due in three weeks is not")
                .containsEntry("Voortgangsrapportage indienen PPS Warmtetransitie Achterhoek – tranche 1", "binnen een week")
                .containsEntry("Verbeterplan indienen PPS Netbeheer Twente – tranche 1", "");
        assertThat(inbox("adviseur")).contains("Voortgangsrapportage verifiëren PPS Zonnestroom Overijssel – tranche 1",
                "Vrijgave goedkeuren (tweede subsidieadviseur) PPS Installatiewerkplaats Apeldoorn – tranche 1",
                "Besluiten over wijzigingsverzoek PPS Warmtetransitie Achterhoek – tranche 2 (wijzigingsverzoek)",
                "Besluiten over te laat verbeterplan PPS Waterstofwerkplaats Emmen – tranche 1");

        // The pending delay would leave the PPS without a report for over a year: the officer is told so.
        logIn("adviseur");
        openTask("PPS Warmtetransitie Achterhoek – tranche 2 (wijzigingsverzoek)");
        wait.until(ExpectedConditions.urlContains("funding/change-decision.xhtml"));
        assertThat(text("beyondAYear")).startsWith("Na deze vertraging ligt tranche 2 meer dan een jaar na de vorige tranche");

        // The plan that came too late: the officer reads the tranche and extends the deadline; the plan is asked for again.
        openTask("PPS Waterstofwerkplaats Emmen – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/overdue-plan.xhtml"));
        assertThat(text("trancheStatus")).isEqualTo("Verbeterplan te laat");
        assertThat(firstDutchDate(text("planDue"))).as("the deadline that passed").isBefore(startedOn);
        click("overdue:submit");
        assertThat(errorMessages()).contains("Kies verlengen of laten vervallen.");
        browser.findElement(By.cssSelector("label[for='overdue:extend:0']")).click();
        type("overdue:reasoning", "Levering van de elektrolysers is bevestigd.");
        click("overdue:submit");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        assertThat(infoMessages()).contains("De termijn is verlengd.");
        logOut();
        assertThat(inbox("aanvrager")).contains("Verbeterplan indienen PPS Waterstofwerkplaats Emmen – tranche 1");
    }

    /** Per task of the last inbox read (name and subject): the urgency shown beside its date, or "" when none. */
    private final java.util.Map<String, String> lastInboxUrgencies = new java.util.HashMap<>();

    /** Each task in the user's inbox as its name and subject. */
    private java.util.List<String> inbox(String user) {
        logIn(user);
        lastInboxUrgencies.clear();
        java.util.List<String> tasks = browser.findElements(By.cssSelector("[id='inbox:tasks_data'] > tr")).stream()
                .map(row -> {
                    String task = row.findElements(By.tagName("td")).stream().limit(2).map(WebElement::getText)
                            .collect(java.util.stream.Collectors.joining(" "));
                    lastInboxUrgencies.put(task, row.findElements(By.className("ngf-urgency")).stream().map(WebElement::getText)
                            .findFirst().orElse(""));
                    return task;
                })
                .toList();
        logOut();
        return tasks;
    }

    /**
     * The auditor reads each process model's diagram as drawn: every name whole (a long word breaks only where the
     * language lets it), clear of the other names, of the other elements, of the flows and of its task's icon, in Dutch
     * and in English. The settled demo programme's award and its PPS of two tranches and a change request show every model there is.
     */
    @Test
    void everyModelsDiagramShowsEachNameWholeAndClearOfTheRest() throws Exception {
        java.util.Set<String> models = new java.util.TreeSet<>();
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("workflows"))) {
            for (Path model : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                java.util.regex.Matcher process = java.util.regex.Pattern.compile("<bpmn:process id=\"([a-zA-Z]+)\"").matcher(Files.readString(model));
                assertThat(process.find()).as(model.toString()).isTrue();
                models.add(process.group(1));
            }
        }
        String check;
        try (java.io.InputStream script = getClass().getResourceAsStream("diagram-labels.js")) {
            check = new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        logIn("beheerder");
        String programme = idOf("programme/list.xhtml", "Learning Communities Zorg en Technologie", "programme/detail");
        String pps = idOf("partnership/list.xhtml", "PPS Zorgtechnologie Amsterdam", "partnership/detail");
        for (String language : List.of("nl", "en")) {
            click("nav:lang-" + language);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ngf-active[id='nav:lang-" + language + "']")));
            java.util.Set<String> drawn = new java.util.TreeSet<>();
            for (String page : List.of("history/timeline.xhtml?programme=" + programme, "history/timeline.xhtml?pps=" + pps)) {
                go(page);
                wait.until(driver -> {
                    List<WebElement> diagrams = driver.findElements(By.cssSelector(".ngf-bpmn"));
                    return !diagrams.isEmpty() && diagrams.stream().allMatch(d -> "true".equals(d.getAttribute("data-rendered")));
                });
                drawn.addAll(this.<List<String>>script(
                        "return Array.from(document.querySelectorAll('.ngf-bpmn .djs-container > svg'), svg => svg.dataset.elementId);"));
                List<String> findings = script(check);
                assertThat(findings).as("%s, %s", language, page).isEmpty();
            }
            assertThat(drawn).as("every model, in %s", language).isEqualTo(models);
        }
        click("nav:lang-nl");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ngf-active[id='nav:lang-nl']")));
        logOut();
    }

    /**
     * A page printed (or saved as PDF) for the file holds the record and not the screen's controls: no menu, no buttons;
     * it says as of when and for whom it was read; a case diagram shows its whole model at the paper's width, and the
     * screen's view of it comes back after printing.
     */
    @Test
    void aPagePrintedForTheFileHoldsTheRecordAsOfWhenItWasRead() throws Exception {
        org.openqa.selenium.chrome.ChromeDriver chromium = (org.openqa.selenium.chrome.ChromeDriver) browser;
        logIn("adviseur");
        String programme = idOf("programme/list.xhtml", "Learning Communities Zorg en Technologie", "programme/detail");
        go("programme/detail.xhtml?id=" + programme);
        assertThat(browser.findElement(By.id("printed-as-of")).isDisplayed()).as("on the screen").isFalse();
        By buttons = By.cssSelector("button, .ui-button");
        assertThat(browser.findElements(buttons)).as("on the screen: a comment is placed with a button").anyMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.id("comment:text")).isDisplayed()).as("the field to type it in").isTrue();
        try {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.findElement(By.id("printed-as-of")).getText())
                    .matches("Stand van \\d{1,2} \\p{L}+\\.? \\d{4} \\d{2}:\\d{2}, opgevraagd door Sanne de Vries\\.");
            assertThat(browser.findElement(By.className("ngf-menu")).isDisplayed()).as("the menu").isFalse();
            assertThat(browser.findElements(buttons)).as("on paper").noneMatch(WebElement::isDisplayed);
            assertThat(browser.findElement(By.id("comment:text")).isDisplayed()).as("an empty field that only invites typing").isFalse();
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("NGF-2025-001").contains("€ 8.000.000,00");
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        logOut();

        logIn("beheerder");
        go("history/timeline.xhtml?programme=" + programme);
        WebElement diagram = wait.until(driver -> driver.findElements(By.cssSelector(".ngf-bpmn[data-rendered='true']")).stream().findFirst()
                .orElse(null));
        String shown = diagram.getAttribute("data-scale");
        String screen = script("return arguments[0].querySelector('.djs-container > svg > .viewport').getAttribute('transform');", diagram);
        try {
            script("window.dispatchEvent(new Event('beforeprint'));");
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            List<Number> fits = script("""
                    const svg = arguments[0].querySelector('.djs-container > svg');
                    const paper = svg.getBoundingClientRect(), model = svg.querySelector('.viewport').getBoundingClientRect();
                    return [model.left - paper.left, paper.right - model.right, model.top - paper.top, paper.bottom - model.bottom];""", diagram);
            assertThat(fits).as("the whole model within the diagram on paper: space left, right, above and below")
                    .allSatisfy(space -> assertThat(space.doubleValue()).isGreaterThanOrEqualTo(0));
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            script("window.dispatchEvent(new Event('afterprint'));");
        }
        assertThat((String) script("return arguments[0].querySelector('.djs-container > svg > .viewport').getAttribute('transform');", diagram))
                .as("the screen's view again").isEqualTo(screen);
        assertThat(diagram.getAttribute("data-scale")).isEqualTo(shown);
        // A PPS's timeline on paper: each tranche's diagram, the tallest model, fits with its case's title on a sideways
        // page, and printed for real, as Chromium's own Save as PDF does, it is drawn, its steps and flows named (those
        // flows' names stand nowhere else on the page).
        browser.findElement(By.cssSelector(".ngf-related a[href*='pps=']")).click();
        wait.until(driver -> !driver.findElements(By.cssSelector(".ngf-bpmn")).isEmpty() && driver.findElements(By.cssSelector(".ngf-bpmn"))
                .stream().allMatch(d -> "true".equals(d.getAttribute("data-rendered"))));
        long tranches = browser.findElements(By.cssSelector(".ngf-bpmn")).stream().filter(d -> "model-0".equals(d.getAttribute("data-model"))).count();
        try {
            script("window.dispatchEvent(new Event('beforeprint'));");
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            // A4 sideways is 21 cm high, less the page's margins of 1.5 cm (ngf.css): 18 cm, at 96 CSS pixels an inch.
            double paperHeight = 18 / 2.54 * 96;
            List<Number> heights = script("""
                    return Array.from(document.querySelectorAll('details.ngf-case')).map(c =>
                        c.querySelector('summary').getBoundingClientRect().height
                        + c.querySelector('.djs-container > svg').getBoundingClientRect().height);""");
            assertThat(heights).as("each diagram with its case's title fits on one sideways page: a taller one Chromium cut off")
                    .isNotEmpty().allSatisfy(height -> assertThat(height.doubleValue()).isLessThanOrEqualTo(paperHeight));
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            script("window.dispatchEvent(new Event('afterprint'));");
        }
        String pdf = (String) chromium.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true)).get("data");
        try (org.apache.pdfbox.pdmodel.PDDocument paper = org.apache.pdfbox.Loader.loadPDF(java.util.Base64.getDecoder().decode(pdf))) {
            org.apache.pdfbox.pdmodel.common.PDRectangle page = paper.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("sideways").isGreaterThan(page.getHeight());
            String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(paper);
            assertThat(printed.split("niet goedgekeurd", -1).length - 1).as("a tranche's flow after a refused approval, in each of its %s diagrams", tranches)
                    .isEqualTo((int) tranches).isPositive();
            assertThat(printed.split("vier ogen", -1).length - 1).isEqualTo((int) tranches);
            // What the diagram's colours mean is printed on its page, not on the next one on its own.
            org.apache.pdfbox.text.PDFTextStripper onePage = new org.apache.pdfbox.text.PDFTextStripper();
            for (int number = 1; number <= paper.getNumberOfPages(); number++) {
                onePage.setStartPage(number);
                onePage.setEndPage(number);
                String text = onePage.getText(paper);
                if (text.contains("vier ogen")) {
                    assertThat(text).as("page %s: a tranche's diagram with its legend", number).contains("afgelegde weg", "hier staat de zaak nu");
                }
            }
            // The timeline's narrow columns on paper do not split a step's name in the middle of a word.
            assertThat(printed).contains("Voortgangsrapportage").doesNotContainPattern("Voortgangsrapportag\\R");
        }
        // The audit log on paper: the chain's verification only once it has been done, with its result.
        go("audit/log.xhtml");
        try {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.findElement(By.id("audit:verification")).isDisplayed()).as("not verified: nothing to print").isFalse();
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        click("audit:verify");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verificationResult"), "De keten is intact"));
        try {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.findElement(By.id("verificationResult")).isDisplayed()).as("the verification's result, on paper").isTrue();
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        logOut();
    }

    /** The list of PPSs, twenty to a page, narrows to one programme and to what is searched for. */
    @Test
    void theListOfPpssNarrowsToOneProgrammeAndToWhatIsSearchedFor() throws Exception {
        logIn("adviseur");
        go("partnership/list.xhtml");
        String header = browser.findElement(By.cssSelector("[id='filter:partnerships'] .ui-datatable-header")).getText();
        assertThat(header).matches("(\\d+) van \\1 pps'en");
        int all = Integer.parseInt(header.substring(0, header.indexOf(' ')));
        // Twenty to a page: the demo's PPSs take two, the second holding the rest, none shown twice.
        assertThat(all).as("the demo's PPSs").isGreaterThan(20);
        List<String> firstPage = ppsNames();
        assertThat(firstPage).hasSize(20);
        browser.findElement(By.cssSelector("[id='filter:partnerships'] .ui-paginator-next")).click();
        wait.until(driver -> !ppsNames().equals(firstPage));
        assertThat(ppsNames()).hasSize(all - 20).doesNotContainAnyElementsOf(firstPage);
        List<String> everyPps = new java.util.ArrayList<>(firstPage);
        everyPps.addAll(ppsNames());
        assertThat(everyPps).contains("PPS Netbeheer Twente", "PPS Zorgpact Twente", "PPS Chemie Delta");

        // A search starts again at the first page (every PPS's name has "PPS" in it).
        type("filter:query", "pps");
        wait.until(driver -> ppsNames().equals(firstPage));

        // Every word searched for, in any case, in a PPS's name, lead institution, region, sector or programme.
        retype("filter:query", "TWENTE roc");
        // Waits for the answer to the whole search (a pause in typing may have sent a part of it first).
        wait.until(driver -> driver.findElements(By.cssSelector("[id='filter:partnerships_data'] > tr")).stream()
                .map(row -> row.getText().toLowerCase()).allMatch(row -> row.contains("twente") && row.contains("roc")));
        assertThat(ppsNames()).contains("PPS Netbeheer Twente", "PPS Zorgpact Twente").doesNotContain("PPS Chemie Delta");
        assertThat(browser.findElement(By.cssSelector("[id='filter:partnerships'] .ui-datatable-header")).getText()).isEqualTo(ppsNames().size() + " van " + all + " pps'en");
        // The address says what is shown, and Enter in the search field neither posts the form nor loses it.
        wait.until(ExpectedConditions.urlMatches("partnership/list\\.xhtml\\?q=TWENTE\\+roc$"));
        script("window.ngfSamePage = true");
        browser.findElement(By.id("filter:query")).sendKeys(Keys.ENTER);
        List<String> twenteRoc = ppsNames();
        assertThat(this.<Object>script("return window.ngfSamePage === true")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).endsWith("partnership/list.xhtml?q=TWENTE+roc");

        // Narrowed to one programme as well: of the Oost-Nederland programme's five PPSs the one in Twente.
        WebElement oostNederland = browser.findElements(By.cssSelector("[id='filter:programme_input'] option")).stream()
                .filter(option -> option.getAttribute("textContent").contains("Praktijkleren Energietransitie Oost-Nederland"))
                .findFirst().orElseThrow();
        String programme = oostNederland.getAttribute("textContent");
        String programmeId = oostNederland.getAttribute("value");
        chooseFromMenu("filter:programme", programme);
        wait.until(driver -> !ppsNames().contains("PPS Zorgpact Twente"));
        assertThat(ppsNames()).containsExactly("PPS Netbeheer Twente");
        wait.until(ExpectedConditions.urlMatches("\\?q=TWENTE\\+roc&programme=" + programmeId + "$"));
        assertThat(twenteRoc).contains("PPS Zorgpact Twente");
        // A reload shows the same; so does the other language, at the same address.
        browser.navigate().refresh();
        assertThat(ppsNames()).containsExactly("PPS Netbeheer Twente");
        assertThat(browser.findElement(By.id("filter:query")).getAttribute("value")).isEqualTo("TWENTE roc");
        assertThat(text("filter:programme_label")).isEqualTo(programme);
        click("nav:lang-en");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Public-private partnerships"));
        assertThat(browser.getCurrentUrl()).contains("programme=" + programmeId).contains("q=TWENTE+roc");
        assertThat(ppsNames()).containsExactly("PPS Netbeheer Twente");
        click("nav:lang-nl");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Publiek-private samenwerkingen"));
        retype("filter:query", "");
        wait.until(driver -> ppsNames().size() > 1);
        assertThat(ppsNames()).containsExactlyInAnyOrder("PPS Installatiewerkplaats Apeldoorn", "PPS Netbeheer Twente",
                "PPS Warmtetransitie Achterhoek", "PPS Waterstofwerkplaats Emmen", "PPS Zonnestroom Overijssel");

        // Downloaded for reporting: the PPSs shown, each KPI's baseline, target and latest report, and the money as numbers.
        click("filter:exportXlsx");
        List<List<String>> sheet = spreadsheetRows(downloaded("ppsen.xlsx"));
        assertThat(sheet.get(0)).containsExactly("Naam", "Penvoerende instelling", "Penvoerder (organisatie)", "Programma", "Regio", "Sector",
                "Aangesloten bedrijven – Nulmeting", "Bereik mkb in de regio – Nulmeting", "Studenten – Nulmeting", "Docenten – Nulmeting",
                "Bijdrage bedrijfsleven per jaar – Nulmeting", "Aangesloten bedrijven – Doel", "Bereik mkb in de regio – Doel", "Studenten – Doel",
                "Docenten – Doel", "Bijdrage bedrijfsleven per jaar – Doel", "Aangesloten bedrijven – Laatste rapportage",
                "Bereik mkb in de regio – Laatste rapportage", "Studenten – Laatste rapportage", "Docenten – Laatste rapportage",
                "Bijdrage bedrijfsleven per jaar – Laatste rapportage", "Laatste rapportage ingediend op", "Toegewezen", "Uitbetaald");
        assertThat(sheet.subList(1, sheet.size())).extracting(row -> row.get(0)).containsExactlyInAnyOrder("PPS Installatiewerkplaats Apeldoorn",
                "PPS Netbeheer Twente", "PPS Warmtetransitie Achterhoek", "PPS Waterstofwerkplaats Emmen", "PPS Zonnestroom Overijssel");
        List<String> twente = sheet.stream().filter(row -> row.get(0).equals("PPS Netbeheer Twente")).findFirst().orElseThrow();
        assertThat(twente.subList(1, 6)).as("lead institution, lead applicant, programme, region, sector").satisfies(facts -> {
            assertThat(facts.get(0)).isEqualTo("ROC van Twente");
            assertThat(facts.get(2)).startsWith("NGF-");
            assertThat(facts.get(3)).isEqualTo("Twente");
            assertThat(facts.get(4)).isNotBlank().doesNotContain("#{");
        });
        String twenteOnScreen = browser.findElement(By.xpath("//tr[.//a[text()='PPS Netbeheer Twente']]")).getText();
        assertThat(twente.get(6)).as("connected companies, a number").matches("\\d+");
        assertThat(twenteOnScreen).as("the companies as the list shows them").contains(twente.get(6) + " → " + twente.get(11));
        assertThat(twente.subList(16, 22)).as("Twente reported (its tranche was withheld): the figures, and the day it came")
                .satisfies(latest -> {
                    assertThat(latest.get(0)).matches("\\d+");
                    assertThat(latest.get(5)).matches("\\d{4}-\\d{2}-\\d{2}");
                });
        List<String> achterhoek = sheet.stream().filter(row -> row.get(0).equals("PPS Warmtetransitie Achterhoek")).findFirst().orElseThrow();
        assertThat(achterhoek.subList(16, 22)).as("Achterhoek's first report is still due: nothing reported").containsOnly("");
        assertThat(new java.math.BigDecimal(twente.get(22))).as("allocated, in euros").isPositive();

        // A programme's page leads to its PPSs.
        go("programme/detail.xhtml?id=" + idOf("programme/list.xhtml", "Praktijkleren Energietransitie Oost-Nederland", "programme/detail"));
        click("partnershipsLink");
        wait.until(ExpectedConditions.urlContains("partnership/list.xhtml?programme="));
        assertThat(ppsNames()).containsExactlyInAnyOrder("PPS Installatiewerkplaats Apeldoorn", "PPS Netbeheer Twente",
                "PPS Warmtetransitie Achterhoek", "PPS Waterstofwerkplaats Emmen", "PPS Zonnestroom Overijssel");

        // A narrowed list is an address to bookmark or send on; a search that finds nothing says so.
        go("partnership/list.xhtml?q=zorgpact");
        assertThat(ppsNames()).containsExactly("PPS Zorgpact Twente");
        // A programme in the address that none of the user's PPSs belong to narrows nothing, as the menu says.
        go("partnership/list.xhtml?programme=987654321");
        assertThat(text("filter:programme_label")).isEqualTo("Alle programma's");
        assertThat(browser.findElement(By.cssSelector("[id='filter:partnerships'] .ui-datatable-header")).getText()).isEqualTo(all + " van " + all + " pps'en");
        assertThat(ppsNames()).isEqualTo(firstPage);
        go("partnership/list.xhtml?q=" + UUID.randomUUID());
        assertThat(ppsNames()).isEmpty();
        assertThat(browser.findElement(By.id("filter:partnerships_data")).getText()).isEqualTo("Geen pps'en gevonden.");

        // The next page asked for with a page size made up by hand (-1) is not answered with the server's internals,
        // which Faces would hand the page's script: the user is shown that something went wrong, and the list again.
        go("partnership/list.xhtml");
        script("$.ajaxPrefilter(o => { if (typeof o.data === 'string') o.data = o.data.replace(/_rows=\\d+/, '_rows=-1'); })");
        browser.findElement(By.cssSelector("[id='filter:partnerships'] .ui-paginator-next")).click();
        wait.until(ExpectedConditions.urlContains("error/error.xhtml"));
        assertThat(text("error-message")).startsWith("Er ging iets mis.");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("rows per page");
        click("page-before");
        wait.until(ExpectedConditions.urlContains("partnership/list.xhtml"));
        assertThat(ppsNames()).isEqualTo(firstPage);
        logOut();
    }

    /** The subjects of the tasks the inbox shows now. */
    private List<String> inboxSubjects() {
        return browser.findElements(By.cssSelector("[id='inbox:tasks_data'] .ngf-task-subject")).stream().map(WebElement::getText).toList();
    }

    private List<String> ppsNames() {
        return browser.findElements(By.cssSelector("a.ngf-partnership-name")).stream().map(WebElement::getText).toList();
    }

    /** A picture of the page as the user sees it now, in target/browser/, to look at after the run. */
    private void snapshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser"));
            org.openqa.selenium.Dimension size = browser.manage().window().getSize();
            long height = script("return document.body.scrollHeight");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height + 150, 4000)));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(size);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

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
        List<String> own = java.util.regex.Pattern.compile("(?:href|src)=\"([^\"]*/jakarta\\.faces\\.resource/(?:css|js|img)/[^\"]*)\"")
                .matcher(page).results().map(m -> m.group(1).replace("&amp;", "&")).toList();
        assertThat(own).as("the style sheet, the address, menu-name, session and refusal scripts and the icon").hasSize(6);
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

    /** A refused look at another organisation's PPS and a failed login both leave an audit entry. */
    @Test
    void refusedAccessAndFailedLoginsAreInTheAuditLog() throws Exception {
        logIn("beheerder");
        // An administrator has no tasks; the inbox says so and leads to their own work.
        assertThat(text("administratorWork")).startsWith("Als beheerder krijgt u geen taken");
        assertThat(browser.findElements(By.cssSelector("#administratorWork a"))).extracting(WebElement::getText)
                .containsExactly("Storingen", "Grootboek", "Auditlog", "Gebruikers");
        // And says what waits under Storingen (the other tests on this server may have left some).
        go("admin/releases.xhtml");
        int stalled = browser.findElements(By.cssSelector("[id='releases:table_data'] tr:not(.ui-datatable-empty-message)")).size();
        int steps = browser.findElements(By.cssSelector("[id='steps:table_data'] tr:not(.ui-datatable-empty-message)")).size();
        int unsent = browser.findElements(By.cssSelector("[id='mails:table_data'] tr:not(.ui-datatable-empty-message)")).size();
        go("workflow/inbox.xhtml");
        assertThat(text("failures")).isEqualTo(stalled + steps + unsent == 0
                ? "Er zijn geen storingen: geen vastgelopen uitbetalingen of processtappen, en geen niet verstuurde e-mails."
                : "Onder Storingen wachten " + stalled + " vastgelopen uitbetaling(en), " + steps + " vastgelopen processtap(pen) en "
                        + unsent + " niet verstuurde e-mail(s).");
        openPartnership("PPS Techniek Noord");
        String katapultPps = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String katapultProgramme = browser.findElement(By.cssSelector("#facts a[href*='programme/detail']")).getAttribute("href")
                .replaceAll(".*[?&]id=(\\d+).*", "$1");
        logOut();

        submitLogin("aanvrager-llo", "geen-wachtwoord");
        assertThat(errorMessages()).isNotEmpty();
        logIn("aanvrager-llo");
        go("partnership/detail.xhtml?id=" + katapultPps);
        assertThat(errorMessages()).contains("bestaat niet of u heeft er geen toegang toe");
        assertThat(browser.getPageSource()).doesNotContain("Noorderpoort");
        for (String page : new String[] {"programme/detail.xhtml?id=", "partnership/allocation.xhtml?programme=", "api/programmes/"}) {
            go(page + katapultProgramme);
            assertThat(browser.getPageSource()).as(page).doesNotContain("Opschaling van publiek-private samenwerkingen");
        }
        // A page of another role is refused by a page that says so plainly, not as an error.
        go("audit/log.xhtml?actor=aanvrager-llo");
        assertThat(browser.getTitle()).isEqualTo("Geen toegang");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
        assertThat(text("error-message")).isEqualTo("U heeft geen toegang tot deze pagina.");
        // An address that cannot be read at all (markup in its path) is refused as such, not as a fault of the application.
        go("api/programmes/%3Cb%3Ex%3C%2Fb%3E");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ongeldig adres");
        assertThat(browser.getPageSource()).doesNotContain("<b>x</b>");
        go("programme/detail.xhtml?id=" + katapultProgramme + "x");
        assertThat(errorMessages()).as("a number in the address that is none").contains("Dit adres bevat geen geldig nummer.");
        go("workflow/inbox.xhtml");
        logOut();

        logIn("beheerder");
        click("nav:auditLog");
        wait.until(ExpectedConditions.urlContains("audit/log.xhtml"));
        // Enter in a field searches (it does not verify the chain), and the address keeps the search made.
        type("audit:actor", "aanvrager-llo");
        browser.findElement(By.id("audit:actor")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), "access.refused"));
        assertThat(text("audit:entries")).as("the page of another role refused with what was asked of it, as the PPS was")
                .contains("GET /audit/log.xhtml?actor=aanvrager-llo").contains("partnership.notFound")
                .as("each refusal names the request alike: method, page and what the address named")
                .contains("GET /partnership/detail.xhtml?id=" + katapultPps).contains("GET /api/programmes/" + katapultProgramme);
        assertThat(browser.findElements(By.id("verificationResult"))).isEmpty();
        wait.until(ExpectedConditions.urlMatches("audit/log\\.xhtml\\?actor=aanvrager-llo$"));
        String entries = text("audit:entries");
        assertThat(entries).contains("login.failed").contains("reason=partnership.notFound")
                .contains("partnership/detail.xhtml?id=" + katapultPps);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("audit:actor")).getAttribute("value")).isEqualTo("aanvrager-llo");
        assertThat(text("audit:entries")).as("a reload shows the same search").isEqualTo(entries);

        // The export holds what the search found, each entry whole (the table shortens the hash, the export does not).
        WebElement first = browser.findElement(By.cssSelector("[id='audit:entries_data'] > tr"));
        String firstSeq = first.findElement(By.tagName("td")).getText().strip();
        String firstHash = first.findElement(By.cssSelector("[title]")).getAttribute("title");
        assertThat(firstHash).matches("[0-9a-f]{64}");
        click("audit:exportCsv");
        String csv = new String(Files.readAllBytes(downloaded("audit-log.csv")), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        assertThat(csv.lines().findFirst().orElseThrow()).contains("SHA-256");
        assertThat(csv).contains(firstHash).contains("access.refused").contains("login.failed")
                .contains("partnership/detail.xhtml?id=" + katapultPps).doesNotContain("aanvrager-collectief");
        List<String> csvSeqs = csv.lines().skip(1).map(line -> line.replaceAll("^\"?(\\d+)\"?,.*", "$1"))
                .filter(seq -> seq.matches("\\d+")).toList();
        assertThat(csvSeqs).startsWith(firstSeq);

        click("audit:exportXlsx");
        List<List<String>> sheet = spreadsheetRows(downloaded("audit-log.xlsx"));
        assertThat(sheet.get(0)).contains("SHA-256");
        assertThat(sheet.stream().skip(1).map(row -> row.get(0)).toList()).as("the spreadsheet holds the same entries as the CSV")
                .isEqualTo(csvSeqs);
        assertThat(sheet.toString()).contains(firstHash).contains("access.refused").contains("login.failed");

        // A date that is none: said in Dutch, in the field's words, and the search stays as it was.
        type("audit:from_input", "31-31-2026");
        browser.findElement(By.id("audit:from_input")).sendKeys(Keys.ESCAPE);
        click("audit:search");
        assertThat(errorMessages()).isEqualTo("Vanaf: '31-31-2026' is geen geldige datum; typ jjjj-mm-dd.");
        assertThat(text("audit:entries")).isEqualTo(entries);
        assertThat(browser.getCurrentUrl()).as("a refused date is not kept").endsWith("audit/log.xhtml?actor=aanvrager-llo");
        // A day February does not have is refused too, not quietly made its last day.
        retype("audit:from_input", "2026-02-30");
        browser.findElement(By.id("audit:from_input")).sendKeys(Keys.ESCAPE);
        assertThat(errorMessagesAfterClicking("audit:search")).isEqualTo("Vanaf: '2026-02-30' is geen geldige datum; typ jjjj-mm-dd.");
        assertThat(text("audit:entries")).isEqualTo(entries);
        assertThat(browser.getCurrentUrl()).endsWith("audit/log.xhtml?actor=aanvrager-llo");
        go("audit/log.xhtml?actor=aanvrager-llo&from=31-31-2026");
        assertThat(errorMessages()).isEqualTo("Dit adres bevat geen geldige datum (jjjj-mm-dd).");
        go("audit/log.xhtml?actor=aanvrager-llo&from=2026-02-30");
        assertThat(errorMessages()).isEqualTo("Dit adres bevat geen geldige datum (jjjj-mm-dd).");

        // The entry a verification names (the link it offers) is shown with the one before and after it, however far
        // back it is; a search made then looks through the whole log again.
        long seq = Long.parseLong(firstSeq);
        go("audit/log.xhtml?around=" + seq);
        assertThat(text("audit:aroundNote")).startsWith("Alleen regel " + java.text.NumberFormat.getIntegerInstance(DUTCH).format(seq) + " ");
        assertThat(seqsShown()).contains(seq, seq - 1).allMatch(shown -> Math.abs(shown - seq) <= 1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        type("audit:actor", "aanvrager-llo");
        click("audit:search");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("audit:aroundNote")));
        wait.until(ExpectedConditions.urlMatches("audit/log\\.xhtml\\?actor=aanvrager-llo$"));
        assertThat(text("audit:entries")).isEqualTo(entries);
        go("audit/log.xhtml?around=" + seq);
        click("audit:showAll");
        wait.until(ExpectedConditions.urlMatches("audit/log\\.xhtml$"));
        assertThat(seqsShown()).as("every entry again, newest first").hasSizeGreaterThan(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        go("audit/log.xhtml?around=twee");
        assertThat(errorMessages()).isEqualTo("Dit adres bevat geen geldig nummer.");
        logOut();
    }

    /** The numbers of the audit entries on the page, as the first column shows them. */
    private List<Long> seqsShown() {
        return browser.findElements(By.cssSelector("[id='audit:entries_data'] > tr > td:first-child")).stream()
                .map(cell -> Long.parseLong(cell.getText().strip())).toList();
    }

    /**
     * Someone types a spreadsheet formula as a user name at the login page. The failed login is in the audit log as
     * typed; the auditor who exports it and opens the file in a spreadsheet sees the text, and nothing runs.
     */
    @Test
    void aFormulaTypedAsAUserNameStaysTextInTheAuditLogsExports() throws Exception {
        String formula = "=HYPERLINK(\"https://example.org\",\"Klik\")";
        submitLogin(formula, "geen-wachtwoord");
        assertThat(errorMessages()).isNotEmpty();

        logIn("beheerder");
        go("audit/log.xhtml?actor=HYPERLINK");
        assertThat(text("audit:entries")).contains(formula).contains("login.failed");
        click("audit:exportCsv");
        String csv = new String(Files.readAllBytes(downloaded("audit-log.csv")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).as("the user name as text: an apostrophe before the formula sign, quotes doubled as CSV does")
                .contains("\"'=HYPERLINK(\"\"https://example.org\"\",\"\"Klik\"\")\"")
                .as("no cell begins as a formula").doesNotContain("\"=").doesNotContain(",=");

        click("audit:exportXlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(downloaded("audit-log.xlsx")))) {
            List<org.apache.poi.ss.usermodel.Cell> cells = new java.util.ArrayList<>();
            book.getSheetAt(0).forEach(row -> row.forEach(cells::add));
            assertThat(cells).as("no formula in the spreadsheet").noneMatch(cell -> cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA);
            assertThat(cells).as("the user name exactly as typed").anyMatch(cell -> cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(formula));
        }
        logOut();
    }

    /**
     * The mail server is away when two conditional awards are registered: their mails to the applicant show under
     * Storingen with the error. The administrator tries one again (still refused: one attempt more), withdraws the
     * other, and once the mail server is back tries the first again, which arrives; the withdrawn one never does.
     */
    @Test
    void anAdministratorTriesAMailTheMailServerRefusedAgainOrWithdrawsIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String retried = "Storing opnieuw " + run;
        String withdrawn = "Storing ingetrokken " + run;
        String retriedId;
        String withdrawnId;
        try (MailServerForTests.Away away = MailServerForTests.away()) {
            logIn("adviseur");
            retriedId = registerForLloCollectief(retried);
            withdrawnId = registerForLloCollectief(withdrawn);
            logOut();

            logIn("beheerder");
            go("admin/releases.xhtml");
            WebElement first = unsentMail(retried, row -> row.getText().contains("1 poging(en) mislukt"));
            assertThat(first.getText()).contains("Kees Jansen\naanvrager-collectief\n")
                    .doesNotContain("Krijgt geen e-mail meer")
                    .containsPattern("Nieuwe taak: herzien plan voor NGF-\\d{4}-\\d{3} " + retried + " uiterlijk ").contains("Laatste fout");
            unsentMail(withdrawn, row -> row.getText().contains("1 poging(en) mislukt"));

            unsentMail(retried, row -> true).findElement(By.cssSelector("button[id$=':retry']")).click();
            assertThat(infoMessages()).isEqualTo("De e-mail wordt nu opnieuw verstuurd.");
            unsentMail(retried, row -> row.getText().contains("2 poging(en) mislukt"));

            unsentMail(withdrawn, row -> true).findElement(By.cssSelector("button[id$=':withdraw']")).click();
            click("mails:confirmYes");
            assertThat(infoMessages()).isEqualTo("De e-mail wordt niet meer verstuurd.");
            assertThat(text("mails:table")).doesNotContain(withdrawn).contains(retried);
        }
        // The mail server is back: tried again, the first mail goes and leaves the list.
        unsentMail(retried, row -> true).findElement(By.cssSelector("button[id$=':retry']")).click();
        assertThat(infoMessages()).isEqualTo("De e-mail wordt nu opnieuw verstuurd.");
        wait.until(driver -> {
            driver.navigate().refresh();
            return !driver.findElement(By.id("mails:table")).getText().contains(retried);
        });
        List<Mailbox.Mail> arrived = Mailbox.of("aanvrager-collectief@example.org");
        assertThat(arrived).extracting(Mailbox.Mail::subject).anySatisfy(subject -> assertThat(subject).contains(retried))
                .noneSatisfy(subject -> assertThat(subject).contains(withdrawn));

        // Both are in the audit trail, by the administrator, on the programme the mail was about.
        go("audit/log.xhtml?type=programme&object=" + retriedId);
        assertThat(text("audit:entries")).contains("mailRetried").contains("mailFailed").contains("taskWaiting.mailed")
                .contains("beheerder");
        go("audit/log.xhtml?type=programme&object=" + withdrawnId);
        assertThat(text("audit:entries")).contains("mailWithdrawn").doesNotContain("taskWaiting.mailed");
        logOut();
    }

    /** Registers a conditional award for LLO Collectief (whose applicant has an e-mail address); its programme id. */
    private String registerForLloCollectief(String title) {
        go("programme/register.xhtml");
        type("register:title", title);
        chooseFromMenu("register:organisation", "LLO Collectief Laagopgeleiden en Laaggeletterden");
        type("register:requested_input", "1000000");
        type("register:conditional_input", "1000000");
        type("register:ppsCount_input", "3");
        type("register:conditions:0:condition", "Licht de begroting toe.");
        click("register:submit");
        wait.until(ExpectedConditions.urlContains("programme/detail.xhtml"));
        return browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /** The row under Storingen of the mail about this programme, once it reads as asked (the page read again meanwhile). */
    private WebElement unsentMail(String title, java.util.function.Predicate<WebElement> ready) {
        return wait.until(driver -> {
            driver.navigate().refresh();
            return driver.findElements(By.cssSelector("[id='mails:table_data'] > tr")).stream()
                    .filter(row -> row.getText().contains(title) && ready.test(row)).findFirst().orElse(null);
        });
    }

    /**
     * The administrator adds an applicant in the screen (refused first without an organisation), the
     * new user logs in and changes the password; every step is in the audit log, typed markup shown as text.
     */
    @Test
    void anAdministratorAddsAUserWhoLogsInAndChangesTheirPassword() {
        String username = "nieuw-" + UUID.randomUUID().toString().substring(0, 6);
        logIn("beheerder");
        click("nav:users");
        wait.until(ExpectedConditions.urlContains("admin/users.xhtml"));
        type("users:username", username);
        type("users:displayName", "<b>Nieuwe</b> aanvrager");
        browser.findElement(By.cssSelector("label[for='users:roles:2']")).click();
        type("users:password", "eerste wachtwoord");
        click("users:saveUser");
        assertThat(errorMessages()).contains("Een aanvrager hoort bij een organisatie.");
        chooseFromMenu("users:organisation", "Stichting De Nationale LLO-katalysator");
        type("users:email", "<b>nieuw</b>@pps");
        type("users:password", "eerste wachtwoord");
        assertThat(errorMessagesAfterClicking("users:saveUser")).contains("Dat e-mailadres klopt niet");
        retype("users:email", username + "@pps.example.org");
        // Enter in the form's field saves the user (not the first button of the page, which edits the first user listed).
        type("users:password", "eerste wachtwoord");
        browser.findElement(By.id("users:password")).sendKeys(Keys.ENTER);
        assertThat(infoMessages()).contains("Gebruiker " + username + " is aangemaakt.");
        type("users:userTable:usernameColumn:filter", username);
        // The filter redraws the table after a pause: wait for it (a sign-out while it runs would race it).
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='users:userTable_data'] > tr"), 1));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//span[contains(@class,'ngf-username') and text()='" + username + "']]")));
        assertThat(row.getText()).contains("<b>Nieuwe</b> aanvrager").contains(username + "@pps.example.org")
                .contains("Stichting De Nationale LLO-katalysator").contains("Aanvrager");
        snapshot("admin-users");
        logOut();

        logInWithIssuedPassword(username, "eerste wachtwoord");
        assertThat(text("current-user")).isEqualTo("<b>Nieuwe</b> aanvrager · Aanvrager");
        assertThat(text("ownPasswordDue")).contains("Kies eerst een eigen wachtwoord");
        go("workflow/inbox.xhtml");
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
        go("partnership/list.xhtml");
        assertThat(browser.getCurrentUrl()).as("nothing but the password page before an own password").contains("account/password.xhtml");
        changeOwnPassword("eerste wachtwoord", "kort");
        assertThat(errorMessages()).contains("minstens 12 tekens");
        changeOwnPassword("eerste wachtwoord", "tweede wachtwoord");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        assertThat(infoMessages()).contains("Uw wachtwoord is gewijzigd.");
        logOut();
        logIn(username, "tweede wachtwoord");
        assertThat(browser.findElements(By.id("ownPasswordDue"))).isEmpty();
        // Their own address, where reminders go, beside the password.
        click("nav:password");
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
        assertThat(browser.findElement(By.id("email:address")).getAttribute("value")).isEqualTo(username + "@pps.example.org");
        retype("email:address", "thuis@" + username);
        click("email:save");
        assertThat(errorMessages()).contains("Dat e-mailadres klopt niet");
        retype("email:address", username + "@thuis.example.org");
        click("email:save");
        assertThat(infoMessages()).contains("Uw e-mailadres is opgeslagen.");
        assertThat(browser.findElement(By.id("email:address")).getAttribute("value")).isEqualTo(username + "@thuis.example.org");
        logOut();

        logIn("beheerder");
        click("nav:auditLog");
        wait.until(ExpectedConditions.urlContains("audit/log.xhtml"));
        type("audit:objectId", username);
        click("audit:search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), "user.email.changed"));
        assertThat(browser.findElements(By.className("ngf-audit-code"))).extracting(WebElement::getText)
                .containsExactly("user.email.changed", "user.password.changed", "user.created");
        assertThat(browser.findElements(By.className("ngf-audit-action"))).extracting(WebElement::getText)
                .containsExactly("E-mailadres gewijzigd", "Wachtwoord gewijzigd", "Gebruiker aangemaakt");
        logOut();
    }

    /**
     * One user logged in in two browsers changes their password in one: the other session ends at its
     * next page, saying why, and the one that changed it goes on (also after the other ended). When the
     * administrator switches the account off, the remaining session ends as well, an Ajax request of its
     * page included.
     */
    @Test
    void aNewPasswordOrASwitchedOffAccountEndsTheUsersOtherSessions() throws Exception {
        String username = "sessie-" + UUID.randomUUID().toString().substring(0, 6);
        logIn("beheerder");
        click("nav:users");
        wait.until(ExpectedConditions.urlContains("admin/users.xhtml"));
        type("users:username", username);
        type("users:displayName", "Twee sessies");
        browser.findElement(By.cssSelector("label[for='users:roles:2']")).click();
        chooseFromMenu("users:organisation", "Stichting De Nationale LLO-katalysator");
        // Enter in the form's field saves the user (not the first button of the page, which edits the first user listed).
        type("users:password", "eerste wachtwoord");
        browser.findElement(By.id("users:password")).sendKeys(Keys.ENTER);
        assertThat(infoMessages()).contains("Gebruiker " + username + " is aangemaakt.");
        logOut();

        WebDriver first = browser;
        WebDriver second = Chromium.start();
        try {
            logInWithIssuedPassword(username, "eerste wachtwoord");

            use(second);
            logInWithIssuedPassword(username, "eerste wachtwoord");
            changeOwnPassword("eerste wachtwoord", "tweede wachtwoord");
            wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
            assertThat(infoMessages()).contains("Uw wachtwoord is gewijzigd.");
            go("partnership/list.xhtml");
            assertThat(text("current-user")).as("the session that changed the password goes on").isEqualTo("Twee sessies · Aanvrager");

            use(first);
            go("partnership/list.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            assertThat(infoMessages()).contains("Uw account is gewijzigd (wachtwoord, rollen, organisatie of status) sinds u inlogde.");
            assertThat(browser.findElements(By.id("current-user"))).isEmpty();

            use(second);
            go("partnership/list.xhtml");
            assertThat(text("current-user")).as("ending the other session left this one alone").isEqualTo("Twee sessies · Aanvrager");

            use(first);
            logIn("beheerder");
            click("nav:users");
            wait.until(ExpectedConditions.urlContains("admin/users.xhtml"));
            type("users:userTable:usernameColumn:filter", username);
            // The filter redraws the table: wait until it shows this one user, then edit.
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='users:userTable_data'] > tr"), 1));
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//tr[.//span[contains(@class,'ngf-username') and text()='" + username + "']]")));
            row.findElement(By.cssSelector("button[id$=':edit']")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("users:displayName"), "value", "Twee sessies"));
            // The page then scrolls to the form, animated: a click made while it moves lands on whatever passes
            // under the pointer (a role's box above "Actief"), so click only once it stands still.
            wait.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return !window.jQuery || !jQuery('html,body').is(':animated');"));
            assertThat(browser.findElement(By.id("users:roles:2")).isSelected()).as("the form shows the user's role").isTrue();
            wait.until(driver -> {
                if (driver.findElement(By.id("users:active_input")).isSelected()) {
                    driver.findElement(By.cssSelector("[id='users:active'] .ui-chkbox-box")).click();
                }
                return !driver.findElement(By.id("users:active_input")).isSelected();
            });
            click("users:saveUser");
            assertThat(infoMessages()).contains("Gebruiker " + username + " is opgeslagen.");

            use(second);
            Object answer = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(location.href, {headers: {'Faces-Request': 'partial/ajax'}, redirect: 'manual'})
                        .then(r => r.text()).then(done).catch(e => done('failed: ' + e));""");
            assertThat(String.valueOf(answer)).as("an Ajax request of the switched-off account's page")
                    .contains("<redirect url=\"").contains("login.xhtml?done=session.ended.done");
            go("partnership/list.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
            assertThat(browser.findElements(By.id("current-user"))).isEmpty();
        } finally {
            // The second browser's last page, beside the first's (see close()).
            Files.writeString(Files.createDirectories(Path.of("target", "browser")).resolve("second-browser.html"), second.getPageSource());
            use(first);
            second.quit();
        }
    }

    /** Opens "Mijn account" and submits the current password and the new one twice. */
    private void changeOwnPassword(String current, String next) {
        click("nav:password");
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
        type("password:current", current);
        type("password:newPassword", next);
        type("password:repeated", next);
        click("password:submit");
    }

    private void use(WebDriver driver) {
        browser = driver;
        wait = waitFor(driver);
    }

    /**
     * Waits up to 20 s, looking every 50 ms (Selenium's default of 500 ms made nearly every page change
     * cost half a second); an element an Ajax update replaced while it was read is simply read again.
     */
    private static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50)) {
            /**
             * Chromium 156 sometimes reports an element replaced mid-read not as stale but as an inspector error
             * ("Node with given id does not belong to the document"): read again then too, as for a stale one.
             */
            @Override
            public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> condition) {
                return super.until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class);
        return wait;
    }

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what Dutch government services must meet (and a little more). */
    static final java.util.List<String> WCAG_AA = java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * Every kind of page meets WCAG 2.1 AA as Deque's axe-core checks it (contrast, labels, names, language,
     * structure, target size): the login, each role's lists and detail pages, every form of every task
     * waiting in the demo, the administrator's and auditor's pages, the not-found page and a form showing
     * the messages of refused input. The findings name the page, the rule and the elements.
     * <p>
     * And seen on a small laptop's screen, 1024 px wide (or a larger one zoomed in), no page cuts a word
     * off or lets it spill over its neighbour, and no column is squeezed to a sliver. And on every form, a
     * keyboard user tabbing through it sees where they are, opens no popup on the way and reaches its button; on
     * every page a screen reader names each drop-down by its field, and no two fields alike.
     */
    @Test
    void everyKindOfPageMeetsWcagAaAndCutsNoTextOffOnASmallScreen() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 900));
        java.util.List<String> findings = new java.util.ArrayList<>();
        java.util.Set<String> checked = new java.util.LinkedHashSet<>();
        go("login.xhtml");
        findings.addAll(accessibilityFindings("login.xhtml", java.util.List.of()));
        findings.addAll(layoutFindings("login.xhtml"));
        checked.add("login.xhtml");

        java.util.Map<String, java.util.List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("adviseur", java.util.List.of("workflow/inbox.xhtml", "programme/list.xhtml", "programme/register.xhtml",
                "partnership/list.xhtml", "funding/tranches.xhtml", "account/password.xhtml"));
        // The other roles see the same lists; what is theirs alone are their tasks' forms (and the applicant's change request).
        pages.put("aanvrager", java.util.List.of());
        pages.put("commissie", java.util.List.of());
        pages.put("beheerder", java.util.List.of("admin/users.xhtml", "audit/log.xhtml", "admin/ledger.xhtml", "admin/releases.xhtml",
                "admin/processes.xhtml", "programme/no-such-page.xhtml"));
        for (var user : pages.entrySet()) {
            logIn(user.getKey());
            java.util.List<String> visit = new java.util.ArrayList<>(user.getValue());
            visit.addAll(browser.findElements(By.className("ngf-open-task")).stream()
                    .map(a -> a.getAttribute("href").substring(base.toString().length())).toList());
            if (user.getKey().equals("adviseur")) {
                // The seed's programme, not yet allocated: its PPSs may still be added to.
                visit.add("partnership/register.xhtml?programme="
                        + idOf("programme/list.xhtml", "Opschaling van publiek-private samenwerkingen", "programme/detail"));
            }
            if (user.getKey().equals("aanvrager")) {
                openPartnership("PPS Netbeheer Twente");
                String pps = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
                visit.addAll(java.util.List.of("partnership/detail.xhtml?id=" + pps, "funding/change.xhtml?partnership=" + pps));
            }
            if (user.getKey().equals("beheerder")) {
                // A PPS's timeline is the same page as the programme's (and axe takes 10 s over its length).
                String programme = idOf("programme/list.xhtml", "Learning Communities Zorg en Technologie", "programme/detail");
                visit.addAll(java.util.List.of("programme/detail.xhtml?id=" + programme, "history/timeline.xhtml?programme=" + programme));
            }
            for (String page : visit) {
                go(page);
                findings.addAll(accessibilityFindings(user.getKey() + " " + page, java.util.List.of()));
                findings.addAll(layoutFindings(user.getKey() + " " + page));
                findings.addAll(fieldNameFindings(user.getKey() + " " + page));
                if (page.contains("task=") || page.contains("/register") || page.startsWith("funding/change.xhtml")) {
                    findings.addAll(keyboardFindings(user.getKey() + " " + page));
                }
                checked.add(page.replaceAll("\\?.*", ""));
            }
            if (user.getKey().equals("adviseur")) {
                go("programme/register.xhtml");
                click("register:submit");
                errorMessages();
                // PrimeFaces 15.0.13 marks each message's <li> as role="alert", which axe finds breaks the list
                // (primefaces/primefaces#14864, fixed for a later 15.0 release): that one rule waits for it.
                findings.addAll(accessibilityFindings("adviseur programme/register.xhtml with refused input", java.util.List.of("list")));
                findings.addAll(layoutFindings("adviseur programme/register.xhtml with refused input"));
            }
            logOut();
        }
        assertThat(checked).as("the kinds of pages checked: 17 without tasks, and the forms of the tasks the demo has waiting")
                .contains("partnership/detail.xhtml", "partnership/register.xhtml", "funding/change.xhtml", "history/timeline.xhtml", "programme/no-such-page.xhtml")
                .hasSizeGreaterThan(20);
        assertThat(findings).as("WCAG 2.1 AA as axe-core checks it; text cut off or squeezed at 1024 px; forms tabbed through; fields named").isEmpty();
    }

    /**
     * A screen reader user moving from field to field hears each one's name, not what the page shows around it: a
     * drop-down named by the option chosen only ("–") leaves them guessing which field it is (each must be named by
     * its field, the label its hidden select carries), and two fields of one name ("Naam" for a user and for an
     * organisation, "Bedrag" in each row of a table) leave them guessing which of the two they are in.
     */
    private java.util.List<String> fieldNameFindings(String page) {
        java.util.List<String> found = new java.util.ArrayList<>(browser.findElements(By.cssSelector(".ui-selectonemenu[id]")).stream().map(menu -> {
            String field = menu.findElement(By.tagName("select")).getAttribute("aria-label");
            String name = menu.findElement(By.cssSelector("[role='combobox']")).getAccessibleName();
            return field != null && field.equals(name) ? null
                    : page + ": the drop-down " + menu.getAttribute("id") + " is named '" + name + "', not by its field '" + field + "'";
        }).filter(java.util.Objects::nonNull).toList());
        java.util.Map<String, Long> names = browser.findElements(By.cssSelector(
                        "input:not([type='hidden']):not([type='radio']):not([type='checkbox']):not([type='file']), textarea, [role='combobox'], [role='radiogroup']"))
                .stream().filter(WebElement::isDisplayed).map(WebElement::getAccessibleName)
                .collect(java.util.stream.Collectors.groupingBy(name -> name, java.util.stream.Collectors.counting()));
        names.forEach((name, fields) -> {
            if (fields > 1) {
                found.add(page + ": " + fields + " fields are named '" + name + "'");
            }
        });
        return found;
    }

    /**
     * What a keyboard user would find wrong tabbing through this form from the top of the page, once round:
     * a stop they cannot see, a popup (a calendar, a menu's list, a dialog) opened by passing through a
     * field, or no way to the form's submit button.
     */
    private java.util.List<String> keyboardFindings(String page) {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.List<String> stops = new java.util.ArrayList<>();
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
        for (int i = 0; i < 100; i++) {
            keys.sendKeys(Keys.TAB).perform();
            java.util.Map<String, Object> at = script("""
                    const a = document.activeElement, box = a.getBoundingClientRect();
                    return {stop: a.tagName.toLowerCase() + '#' + a.id + ' "' + (a.getAttribute('aria-label') || a.textContent || '').trim().slice(0, 30) + '"',
                            seen: a === document.body || (a.offsetParent !== null && box.width > 0 && box.height > 0),
                            popup: [...document.querySelectorAll('.ui-datepicker, .ui-selectonemenu-panel, .ui-dialog')].some(e => e.offsetParent !== null)};
                    """);
            String stop = (String) at.get("stop");
            if (!stops.isEmpty() && stops.get(0).equals(stop)) {
                break;
            }
            stops.add(stop);
            if (!Boolean.TRUE.equals(at.get("seen"))) {
                found.add(page + ": Tab stops on something not to be seen: " + stop);
            }
            if (Boolean.TRUE.equals(at.get("popup"))) {
                found.add(page + ": Tab opened a popup at " + stop);
            }
        }
        if (stops.stream().noneMatch(stop -> stop.matches("button#\\S*:submit .*"))) {
            found.add(page + ": Tab never reaches the form's submit button, only " + stops);
        }
        return found;
    }

    /**
     * What a user would see wrong on this page at the window's width: a cell, label, heading or button whose
     * text is wider than its box (cut off, or spilling into the next one), a table cell squeezed so narrow
     * (under 40 px inside its padding) that its text stands a letter or two to the line, or a page wider than
     * the window (naming what sticks out).
     */
    private java.util.List<String> layoutFindings(String page) {
        java.util.List<String> found = script("""
                const found = [];
                for (const e of document.querySelectorAll('td, th, dt, dd, label, h1, h2, .ui-button')) {
                    const text = e.innerText.trim();
                    if (!e.offsetParent || !text) continue;
                    const style = getComputedStyle(e);
                    const inside = e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    const what = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + text.slice(0, 40) + '"';
                    if (e.scrollWidth > e.clientWidth + 1) {
                        found.push('cut off: ' + what + ' needs ' + e.scrollWidth + ' px, has ' + e.clientWidth);
                    } else if ((e.tagName === 'TD' || e.tagName === 'TH') && inside < 40 && text.length > 3) {
                        found.push('squeezed: ' + what + ' in ' + inside + ' px');
                    }
                }
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth > width + 1) {
                    const out = [...document.querySelectorAll('body *')]
                        .filter(e => e.childElementCount === 0 && e.getBoundingClientRect().right > width + 1)
                        .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '.' + e.className));
                    found.push('the page scrolls sideways, ' + document.documentElement.scrollWidth + ' px wide: ' + out.join(', '));
                }
                return found;
                """);
        return found.stream().map(finding -> page + ": " + finding).toList();
    }

    private java.util.List<String> accessibilityFindings(String page, java.util.List<String> waitingRules) {
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        com.deque.html.axecore.args.AxeRunOnlyOptions tags = new com.deque.html.axecore.args.AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_AA);
        options.setRunOnly(tags);
        java.util.Map<String, com.deque.html.axecore.args.AxeRuleOptions> rules = new java.util.HashMap<>();
        for (String rule : waitingRules) {
            com.deque.html.axecore.args.AxeRuleOptions off = new com.deque.html.axecore.args.AxeRuleOptions();
            off.setEnabled(false);
            rules.put(rule, off);
        }
        options.setRules(rules);
        // Every element of a violation, but of what passed only one example each: far less to send back per page.
        options.setResultTypes(java.util.List.of("violations"));
        // The pages have no frames: axe runs once in the page instead of per frame and again in a window of its own.
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder().withOptions(options)
                .disableIframeTesting().analyze(browser);
        assertThat(results.isErrored()).as("axe-core ran on " + page + ": " + results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core found rules to apply on " + page).isNotEmpty();
        return results.getViolations().stream().map(rule -> page + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(java.util.stream.Collectors.joining(", ")))
                .toList();
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

    /** POSTs a form body from the page, with the user's session, as a forged page would; the HTTP status. */
    private long post(String action, String body) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: arguments[1]})
                    .then(r => done(r.status)).catch(() => done(-1));""", action, body);
        return ((Number) status).longValue();
    }

    /** POSTs a form body from the page, with the user's session, as a forged page would; the answer's text. */
    private String postForText(String action, String body) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: arguments[1]})
                    .then(r => r.text()).then(done).catch(e => done('failed: ' + e));""", action, body);
    }

    /** The pages (without their query) {@link #expect} and {@link #expectListed} opened in this test. */
    private final java.util.Set<String> opened = new java.util.TreeSet<>();

    /** What no one who may not read Katapult's files finds on a page: a PPS's lead institution, its name, its programme's title. */
    static final String[] KATAPULTS_FILE = {"Noorderpoort", "Katapult (netwerk", "Opschaling van publiek-private samenwerkingen"};

    static final String[] REFUSALS = {"U heeft geen toegang", "bestaat niet of u heeft er geen toegang toe", "is niet voor u"};

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

    private java.util.List<String> taskLinksOf(String user) {
        logIn(user);
        java.util.List<String> links = browser.findElements(By.className("ngf-open-task")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^.*?/(programme|partnership|funding)/", "$1/")).toList();
        logOut();
        return links;
    }

    /** The id of a programme, as a user finds it: searching the list (twenty to a page) for its title. */
    private String idOf(String list, String title, String link) {
        go(list + "?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[contains(., '" + title + "')]//a[contains(@href, '"
                + link + "')]"))).getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    private void fillReport(String companies, String narrative) {
        assertThat(text("report:documentsPanel")).as("the form asks for the report's evidence")
                .contains("Voeg de bewijsstukken van de voortgang toe");
        type("report:companies_input", companies);
        type("report:smeReach_input", "6,5");
        type("report:students_input", "450");
        type("report:teachers_input", "20");
        type("report:cofinancing_input", "95000");
        type("report:narrative", narrative);
        click("report:submit");
    }

    private void verify(String pps, String attainment, String remarks) {
        openTask(pps + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/verify.xhtml"));
        retype("verify:attainment_input", attainment);
        type("verify:remarks", remarks);
        click("verify:submit");
    }

    private void approve(String pps, String reasoning) {
        openTask(pps + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/approve.xhtml"));
        browser.findElement(By.cssSelector("label[for='approve:approved:0']")).click();
        type("approve:reasoning", reasoning);
        click("approve:submit");
    }

    /** Opens a PPS's page as a user does who searches the list of PPSs (twenty to a page) for its name. */
    private void openPartnership(String name) {
        go("partnership/list.xhtml?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
        wait.until(ExpectedConditions.urlContains("partnership/detail.xhtml"));
    }

    /** The release runs as a job after the approval; the page shows it once the ledger has it. */
    private void awaitTrancheStatus(String status) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            if (driver.findElement(By.className("ngf-tranche-status")).getText().equals(status)) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
    }

    /** The days this test has run on so far: one, or two when it ran past midnight. */
    private List<LocalDate> daysOfThisTest() {
        return startedOn.datesUntil(LocalDate.now(NETHERLANDS).plusDays(1)).toList();
    }

    /** The first date written the Dutch way ("2 dec. 2026") in a text on a screen. */
    private static LocalDate firstDutchDate(String text) {
        java.util.regex.Matcher date = java.util.regex.Pattern.compile("\\d{1,2} \\p{L}+\\.? \\d{4}").matcher(text);
        assertThat(date.find()).as("a date in: %s", text).isTrue();
        return LocalDate.parse(date.group(), DUTCH_DATE);
    }

    private void allocate(int line, String amount, String milestone, String kpi, String target) {
        type("allocate:lines:" + line + ":amount_input", amount);
        type("allocate:lines:" + line + ":tranches:0:trancheAmount_input", amount);
        type("allocate:lines:" + line + ":tranches:0:milestone", milestone);
        chooseFromMenu("allocate:lines:" + line + ":tranches:0:kpi", kpi);
        type("allocate:lines:" + line + ":tranches:0:target_input", target);
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

    private Path file(String name, byte[] content) {
        try {
            Path folder = Files.createTempDirectory("ngf-upload");
            return Files.write(folder.resolve(name), content);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PrimeFaces' upload button hides a file input: give it the file as the browser's file dialog would. */
    private void upload(Path file) {
        browser.findElement(By.id("revise:upload_input")).sendKeys(file.toAbsolutePath().toString());
    }

    /** The file the browser downloaded under this name, once it is complete. */
    /**
     * A download once Chromium has finished it: it puts an empty file under the name first, writes into a
     * {@code .crdownload} beside it and then moves that over it (a read of the empty one failed a run).
     */
    private Path downloaded(String name) {
        Path file = downloads.resolve(name);
        wait.until(driver -> {
            try (var partial = Files.list(downloads)) {
                return Files.exists(file) && Files.size(file) > 0 && partial.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return file;
    }

    /**
     * The cells of the first sheet of a downloaded spreadsheet, row by row (the header first), as text: a number
     * as its value (60000000, 1500000.5), a date as yyyy-mm-dd, whatever the cell's display format.
     */
    private static List<List<String>> spreadsheetRows(Path file) throws java.io.IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            List<List<String>> rows = new java.util.ArrayList<>();
            for (var row : book.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(cell -> cells.add(cell.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC ? formatter.formatCellValue(cell)
                        : org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()));
                rows.add(cells);
            }
            return rows;
        }
    }

    /** How many lines the ledger's header says it holds ("12 uitbetalingen, samen …"). */
    private int ledgerLineCount() {
        String header = browser.findElement(By.cssSelector("[id='ledger:lines'] .ui-datatable-header")).getText();
        return Integer.parseInt(header.substring(0, header.indexOf(' ')));
    }

    /** The items the header's menu marks as the current page. */
    private List<String> currentMenuItems() {
        return browser.findElements(By.cssSelector("nav [aria-current='page']")).stream().map(WebElement::getText).toList();
    }

    private void go(String page) {
        browser.get(base.toString() + page);
    }

    private void logIn(String username) {
        logIn(username, "ngf-demo");
    }

    private void logIn(String username, String password) {
        submitLogin(username, password);
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
    }

    /** A login with the password an administrator set: the user lands on the page to choose their own. */
    private void logInWithIssuedPassword(String username, String password) {
        submitLogin(username, password);
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
    }

    private void submitLogin(String username, String password) {
        go("login.xhtml");
        fillLogin(username, password);
    }

    /** Logs in on the login page the browser shows (where the application sent the user). */
    private void fillLogin(String username, String password) {
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
    }

    /** What the login page says when a session ended for want of activity (or a restart of the server). */
    static final String SESSION_EXPIRED = "Uw sessie is verlopen: u heeft een tijd niets gedaan, of de server is opnieuw gestart."
            + " Wat u niet had opgeslagen of ingediend, is niet vastgelegd. Log opnieuw in om verder te gaan.";

    private void logOut() {
        click("nav:logout");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    private void openTask(String title) {
        go("workflow/inbox.xhtml");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//span[contains(@class,'ngf-task-subject') and text()='" + title + "']]")));
        row.findElement(By.className("ngf-open-task")).click();
    }

    /**
     * Picks an item of a PrimeFaces selectOneMenu as a user does: open, click. The overlay animates
     * in, so a click can land before the item settles; the wait opens and clicks again until the
     * menu shows the choice.
     */
    private void chooseFromMenu(String id, String label) {
        By panel = By.id(id + "_panel");
        By item = By.cssSelector("li.ui-selectonemenu-item[data-label=\"" + label + "\"]");
        wait.until(driver -> {
            // getText() shows a non-breaking space (as in "€ 30.000,00") as a plain one.
            if (label.replace('\u00a0', ' ').equals(driver.findElement(By.id(id + "_label")).getText())) {
                return true;
            }
            if (!driver.findElement(panel).isDisplayed()) {
                driver.findElement(By.id(id)).click();
            } else if (driver.findElement(panel).findElement(item).isDisplayed()) {
                // The item of this menu's own overlay: a page with several menus has one per menu.
                driver.findElement(panel).findElement(item).click();
            }
            return false;
        });
        wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    private void type(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.sendKeys(value);
    }

    private void retype(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
    }

    /**
     * Clicks as a user does once the element holds still: a click that lands on something else while the
     * page scrolls or redraws (PrimeFaces' scroll to a form) is tried again.
     */
    private void click(String id) {
        wait.until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private String text(String id) {
        return shownText(By.id(id)).strip();
    }

    /** Runs a script in the page and gives back what it returns, as what the caller takes it for. */
    @SuppressWarnings("unchecked")
    private <T> T script(String script, Object... arguments) {
        return (T) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Whether the field is marked as refused, as a screen reader is told (aria-invalid). */
    private boolean markedInvalid(String id) {
        return "true".equals(browser.findElement(By.id(id)).getAttribute("aria-invalid"));
    }

    private String errorMessages() {
        return shownText(By.cssSelector(".ui-messages-error"));
    }

    /**
     * The error messages the click brings, when the page already shows some: read once the response has replaced
     * them (reading at once could still see the earlier ones).
     */
    private String errorMessagesAfterClicking(String id) {
        java.util.List<WebElement> earlier = browser.findElements(By.cssSelector(".ui-messages-error"));
        click(id);
        earlier.forEach(message -> wait.until(ExpectedConditions.stalenessOf(message)));
        return errorMessages();
    }

    /** The language the page says it is in: its markup's {@code lang}, and the {@code Content-Language} of the page read again. */
    private String pageLanguage() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[0];
                fetch(location.href).then(r => done(document.documentElement.lang + ' ' + r.headers.get('content-language')));""");
    }

    private String infoMessages() {
        return shownText(By.cssSelector(".ui-messages-info"));
    }

    /** The text of the element once it is shown, read within the wait, so that an element replaced meanwhile is read again. */
    private String shownText(By locator) {
        return wait.until(driver -> {
            WebElement element = driver.findElement(locator);
            return element.isDisplayed() ? element.getText() : null;
        });
    }
}
