package nl.ngf.grants.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import nl.ngf.grants.testsupport.BrowserTestSupport;
import nl.ngf.grants.testsupport.Chromium;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.MailServerForTests;
import nl.ngf.grants.testsupport.Mailbox;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's work in a browser: refused access and failed logins in the audit log, a formula typed as a
 * user name kept as text in its exports, a mail the mail server refused tried again or withdrawn, a user added
 * who logs in and chooses a password, and a changed password or a switched-off account ending that user's sessions.
 */
@EnabledIfSystemProperty(named = "ngf.it.db", matches = "h2", disabledReason = "browser tests use the demo users of the embedded database")
@ExtendWith(Chromium.class)
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AdministrationBrowserIT extends BrowserTestSupport {

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
                : "Onder Storingen wachten op u: " + stalled + (stalled == 1 ? " vastgelopen uitbetaling, " : " vastgelopen uitbetalingen, ")
                        + steps + (steps == 1 ? " vastgelopen processtap en " : " vastgelopen processtappen en ")
                        + unsent + (unsent == 1 ? " niet verstuurde e-mail." : " niet verstuurde e-mails."));
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
        // An address that cannot be read at all (markup in its path, a broken escape in its query) is refused as such, not as
        // a fault of the application.
        for (String unreadable : new String[] {"programme/%3Cb%3Ex%3C%2Fb%3E", "programme/list.xhtml?q=%ZZ"}) {
            go(unreadable);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(unreadable).isEqualTo("Ongeldig adres");
            assertThat(browser.getPageSource()).as(unreadable).doesNotContain("<b>x</b>");
        }
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
        List<String> csvSeqs = seqsIn(csv);
        assertThat(csvSeqs).startsWith(firstSeq);

        click("audit:exportXlsx");
        List<List<String>> sheet = spreadsheetRows(downloaded("audit-log.xlsx"));
        assertThat(sheet.get(0)).contains("SHA-256");
        assertThat(sheet.stream().skip(1).map(row -> row.get(0)).toList()).as("the spreadsheet holds the same entries as the CSV")
                .isEqualTo(csvSeqs);
        assertThat(sheet.toString()).contains(firstHash).contains("access.refused").contains("login.failed");
        assertThat(csvSeqs).as("the export holds as many entries as the log says it found").hasSize((int) entriesFound());
        List<Integer> widths = spreadsheetColumnWidths(downloaded("audit-log.xlsx"));
        assertThat(widths.get(sheet.get(0).indexOf("SHA-256"))).as("the hash column shows a hash whole").isGreaterThanOrEqualTo(64);
        assertThat(widths.get(0)).as("the number column is as narrow as its numbers").isLessThan(12);
        assertThat(widths.get(sheet.get(0).size() - 2)).as("the details column is wider than the numbers, to a limit")
                .isGreaterThan(40).isLessThanOrEqualTo(80);

        // However many entries a search finds (the whole trail here, more than the page of 50 the screen shows; AuditIT
        // reads more than the thousand the log once stopped at), the log says how many and the export holds each of
        // them, newest first; any recorded since the log was read come on top.
        Files.delete(downloaded("audit-log.csv"));
        go("audit/log.xhtml");
        long found = entriesFound();
        assertThat(found).isGreaterThan(50);
        assertThat(seqsShown()).hasSize(50);
        long newestShown = seqsShown().get(0);
        click("audit:exportCsv");
        List<Long> exported = seqsIn(new String(Files.readAllBytes(downloaded("audit-log.csv")), java.nio.charset.StandardCharsets.UTF_8))
                .stream().map(Long::valueOf).toList();
        assertThat(exported).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(exported.stream().filter(seq -> seq <= newestShown)).hasSize((int) found).startsWith(newestShown);
        go("audit/log.xhtml?actor=aanvrager-llo");
        assertThat(text("audit:entries")).isEqualTo(entries);

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
        // A period that ends before it starts is said, once, above the two fields it marks, rather than found empty as if
        // nothing had happened in it; typed in the form or in the address.
        String reversed = "De periode eindigt voordat ze begint: kies bij Vanaf een datum op of vóór die bij Tot en met.";
        go("audit/log.xhtml?actor=aanvrager-llo");
        type("audit:from_input", "2026-12-31");
        browser.findElement(By.id("audit:from_input")).sendKeys(Keys.ESCAPE);
        type("audit:until_input", "2026-01-01");
        browser.findElement(By.id("audit:until_input")).sendKeys(Keys.ESCAPE);
        assertThat(errorMessagesAfterClicking("audit:search")).isEqualTo(reversed);
        assertThat(browser.findElement(By.id("audit:from_input")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("audit:until_input")).getAttribute("aria-invalid")).isEqualTo("true");
        go("audit/log.xhtml?actor=aanvrager-llo&from=2026-12-31&until=2026-01-01");
        assertThat(errorMessages()).isEqualTo(reversed);

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
    /**
     * How many entries the audit log says its search found, all pages together ("1.234 regels gevonden, …"); a search
     * that finds none says so in the table alone.
     */
    private long entriesFound() {
        String said = browser.findElement(By.cssSelector("[id='audit:entries'] .ui-datatable-header")).getText();
        assertThat(said).matches("[0-9.]+ regels? gevonden.*");
        return Long.parseLong(said.substring(0, said.indexOf(' ')).replace(".", ""));
    }

    /** The entry numbers of an exported CSV, in its order (the first column of each entry's line, after the header). */
    private static List<String> seqsIn(String csv) {
        return csv.lines().skip(1).map(line -> line.replaceAll("^\"?(\\d+)\"?,.*", "$1")).filter(seq -> seq.matches("\\d+")).toList();
    }

    private List<Long> seqsShown() {
        return browser.findElements(By.cssSelector("[id='audit:entries_data'] > tr > td:first-child")).stream()
                .map(cell -> Long.parseLong(cell.getText().strip())).toList();
    }

    /**
     * A user types their password into the name field by mistake (the cursor was in the wrong field), and someone types
     * a spreadsheet formula there: both failed logins are in the audit log, when and from where, and neither text is
     * kept, for the trail keeps what it is given for ever and every administrator reads it (and could log in with the
     * password, and approve what only its user may). A failed login with an account's name keeps the name.
     */
    @Test
    void whatIsTypedAsANameThatIsNoAccountsIsNotKeptInTheAuditLog() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String password = "Zomer2026-" + run;
        String formula = "=HYPERLINK(\"https://example.org\",\"" + run + "\")";
        for (String name : new String[] {password, formula, "commissie"}) {
            submitLogin(name, "fout-" + run);
            assertThat(errorMessages()).as(name).isEqualTo("Onjuiste gebruikersnaam of wachtwoord.");
        }

        logIn("beheerder");
        go("audit/log.xhtml?action=login.failed");
        String entries = text("audit:entries");
        assertThat(entries).as("neither text typed as a name").doesNotContain(password).doesNotContain(run)
                .as("the account's name with its failure").contains("commissie");
        assertThat(browser.findElements(By.cssSelector("[id='audit:entries_data'] > tr"))).extracting(WebElement::getText)
                .as("the two others, each with where it came from").filteredOn(row -> row.contains("name=no account's, not kept"))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(row -> assertThat(row).contains("from="));
        click("audit:exportCsv");
        String csv = new String(Files.readAllBytes(downloaded("audit-log.csv")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).as("the whole log of failed logins").contains("name=no account's, not kept").doesNotContain(password).doesNotContain(run);
        logOut();
    }

    /**
     * An officer gives a programme a title that begins as a spreadsheet formula. Whoever downloads the list of programmes
     * and opens it in a spreadsheet sees the text, and nothing runs: in the CSV an apostrophe stands before it, and the
     * XLSX holds it as text.
     */
    @Test
    void aTitleTypedAsAFormulaStaysTextInTheListsDownloads() throws Exception {
        String formula = "=SOM(1;2) plan " + UUID.randomUUID().toString().substring(0, 8);
        logIn("adviseur");
        registerForLloCollectief(formula);
        go("programme/list.xhtml");
        click("list:exportCsv");
        String csv = new String(Files.readAllBytes(downloaded("programmas.csv")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).as("the title as text: an apostrophe before the formula sign").contains("\"'" + formula + "\"")
                .as("no cell begins as a formula").doesNotContain("\"=").doesNotContain(",=");

        click("list:exportXlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(downloaded("programmas.xlsx")))) {
            List<org.apache.poi.ss.usermodel.Cell> cells = new java.util.ArrayList<>();
            book.getSheetAt(0).forEach(row -> row.forEach(cells::add));
            assertThat(cells).as("no formula in the spreadsheet").noneMatch(cell -> cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA);
            assertThat(cells).as("the title exactly as typed").anyMatch(cell -> cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
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
            WebElement first = unsentMail(retried, row -> row.getText().contains("1 poging mislukt"));
            assertThat(first.getText()).contains("Kees Jansen\naanvrager-collectief\n")
                    .doesNotContain("Krijgt geen e-mail meer")
                    .containsPattern("Nieuwe taak: herzien plan voor NGF-\\d{4}-\\d{3} " + retried + " uiterlijk ").contains("Laatste fout");
            unsentMail(withdrawn, row -> row.getText().contains("1 poging mislukt"));

            unsentMail(retried, row -> true).findElement(By.cssSelector("button[id$=':retry']")).click();
            assertThat(infoMessages()).isEqualTo("De e-mail wordt nu opnieuw verstuurd.");
            unsentMail(retried, row -> row.getText().contains("2 pogingen mislukt"));

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
        beginNewApplicant(username, "<b>Nieuwe</b> aanvrager");
        type("users:password", "eerste wachtwoord");
        click("users:saveUser");
        assertThat(errorMessages()).contains("Een aanvrager hoort bij een organisatie.");
        assertThat(List.of("users:organisation_label", "users:roles", "users:username")).as("the drop-down is marked for a screen reader")
                .map(this::markedInvalid).containsExactly(true, false, false);
        // Without a role, the group of roles is the one marked.
        browser.findElement(By.cssSelector("label[for='users:roles:2']")).click();
        type("users:password", "eerste wachtwoord");
        assertThat(errorMessagesAfterClicking("users:saveUser")).contains("Kies minstens één rol.");
        assertThat(List.of("users:roles", "users:organisation_label")).map(this::markedInvalid).containsExactly(true, false);
        browser.findElement(By.cssSelector("label[for='users:roles:2']")).click();
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
        // Without the current password, with a new one too short and typed differently the second time: all told at
        // once, each at its field.
        changeOwnPassword("", "kort", "kirt");
        assertThat(errorMessages()).contains("Vul uw huidige wachtwoord in.").contains("minstens 12 tekens")
                .contains("De twee nieuwe wachtwoorden zijn niet gelijk.");
        assertThat(List.of("password:current", "password:newPassword", "password:repeated")).map(this::markedInvalid)
                .containsExactly(true, true, true);
        changeOwnPassword("eerste wachtwoord", "kort");
        assertThat(errorMessages()).contains("minstens 12 tekens");
        assertThat(browser.findElement(By.id("password:newPassword")).getAttribute("aria-invalid")).as("the field it is about").isEqualTo("true");
        assertThat(browser.findElement(By.id("password:current")).getAttribute("aria-invalid")).isNotEqualTo("true");
        // Long enough, and among the first a guesser tries.
        changeOwnPassword("eerste wachtwoord", "Welkom123456");
        assertThat(errorMessages()).contains("Dit wachtwoord is te makkelijk te raden");
        assertThat(browser.findElement(By.id("password:newPassword")).getAttribute("aria-invalid")).as("the field it is about").isEqualTo("true");
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
        assertThat(browser.findElement(By.id("email:address")).getAttribute("aria-invalid")).isEqualTo("true");
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
        addApplicant(username, "Twee sessies");
        logOut();

        withSecondBrowser((first, second) -> {
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
            editUser(username, "Twee sessies");
            assertThat(browser.findElement(By.id("users:roles:2")).isSelected()).as("the form shows the user's role").isTrue();
            switchOffInForm();
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
        });
    }

    /**
     * Two administrators, or one in two windows, open the same user: the one who saves second, from a form opened before
     * the other switched the account off, is refused and shown the user as they are now, and the account stays off
     * (until 2026-12-07 the second save wrote the whole form back, and so switched it on again).
     */
    @Test
    void aUserSavedFromAFormOpenedBeforeAnotherSwitchedThemOffStaysOff() throws Exception {
        String username = "twee-" + UUID.randomUUID().toString().substring(0, 6);
        addApplicant(username, "Twee beheerders");
        editUser(username, "Twee beheerders");

        withSecondBrowser((first, second) -> {
            use(second);
            logIn("beheerder");
            click("nav:users");
            wait.until(ExpectedConditions.urlContains("admin/users.xhtml"));
            editUser(username, "Twee beheerders");
            switchOffInForm();
            click("users:saveUser");
            assertThat(infoMessages()).contains("Gebruiker " + username + " is opgeslagen.");

            use(first);
            retype("users:displayName", "Twee beheerders, nieuwe naam");
            click("users:saveUser");
            assertThat(errorMessages()).contains("Gebruiker " + username + " is gewijzigd nadat u deze opende")
                    .contains("Er is niets opgeslagen");
            assertThat(browser.findElement(By.id("users:displayName")).getAttribute("value")).as("the form shows the user as they are")
                    .isEqualTo("Twee beheerders");
            assertThat(browser.findElement(By.id("users:active_input")).isSelected()).as("switched off").isFalse();
            // Made again on the user as they are, the change is saved, and the account stays off.
            retype("users:displayName", "Twee beheerders, nieuwe naam");
            click("users:saveUser");
            assertThat(infoMessages()).contains("Gebruiker " + username + " is opgeslagen.");
            WebElement row = userRow(username);
            assertThat(row.getText()).contains("Twee beheerders, nieuwe naam");
            assertThat(row.findElement(By.cssSelector(".ngf-warning")).getText()).as("active").isEqualTo("nee");
        });
    }

    /** As the administrator: an applicant of the LLO-katalysator added, with the password "eerste wachtwoord". */
    private void addApplicant(String username, String displayName) {
        beginNewApplicant(username, displayName);
        chooseFromMenu("users:organisation", "Stichting De Nationale LLO-katalysator");
        // Enter in the form's field saves the user (not the first button of the page, which edits the first user listed).
        type("users:password", "eerste wachtwoord");
        browser.findElement(By.id("users:password")).sendKeys(Keys.ENTER);
        assertThat(infoMessages()).contains("Gebruiker " + username + " is aangemaakt.");
    }

    /** On the users page: the user's row, found by the name filter. */
    private WebElement userRow(String username) {
        retype("users:userTable:usernameColumn:filter", username);
        // The filter redraws the table: wait until it shows this one user.
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='users:userTable_data'] > tr"), 1));
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//span[contains(@class,'ngf-username') and text()='" + username + "']]")));
    }

    /** On the users page: the user found by the name filter and opened in the form, which shows their name. */
    private void editUser(String username, String displayName) {
        userRow(username).findElement(By.cssSelector("button[id$=':edit']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("users:displayName"), "value", displayName));
        // The page then scrolls to the form, animated: a click made while it moves lands on whatever passes
        // under the pointer (a role's box above "Actief"), so click only once it stands still.
        wait.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return !window.jQuery || !jQuery('html,body').is(':animated');"));
    }

    /** In the opened user's form: "Actief" unticked. */
    private void switchOffInForm() {
        wait.until(driver -> {
            if (driver.findElement(By.id("users:active_input")).isSelected()) {
                driver.findElement(By.cssSelector("[id='users:active'] .ui-chkbox-box")).click();
            }
            return !driver.findElement(By.id("users:active_input")).isSelected();
        });
    }

    /** Opens "Mijn account" and submits the current password and the new one twice. */
    /** As the administrator, on the users page: a new user's name and display name typed in, the applicant's role ticked. */
    private void beginNewApplicant(String username, String displayName) {
        logIn("beheerder");
        click("nav:users");
        wait.until(ExpectedConditions.urlContains("admin/users.xhtml"));
        type("users:username", username);
        type("users:displayName", displayName);
        browser.findElement(By.cssSelector("label[for='users:roles:2']")).click();
    }

    private void changeOwnPassword(String current, String next) {
        changeOwnPassword(current, next, next);
    }

    private void changeOwnPassword(String current, String next, String repeated) {
        // The page left behind (its messages too) gone before the form is filled in: it may be this same page.
        WebElement before = browser.findElement(By.tagName("main"));
        click("nav:password");
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
        type("password:current", current);
        type("password:newPassword", next);
        type("password:repeated", repeated);
        click("password:submit");
    }

    /** A login with the password an administrator set: the user lands on the page to choose their own. */
    private void logInWithIssuedPassword(String username, String password) {
        submitLogin(username, password);
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
    }
}
