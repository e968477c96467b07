package nl.ngf.grants.funding;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The money as officers, applicants and the auditor see it in a browser: an awarded programme allocated
 * and its tranches reported, verified, approved by a second officer, withheld and paid; the demo's finished
 * case and tranches waiting at each step; every model's diagram; the record printed for the file; the PPS list.
 */
@EnabledIfSystemProperty(named = "ngf.it.db", matches = "h2", disabledReason = "browser tests use the demo users of the embedded database")
@ExtendWith(Chromium.class)
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class FundingBrowserIT extends BrowserTestSupport {

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
        // Nothing allocated yet: every PPS's amount is where to start.
        assertThat(errorMessagesAfterClicking("allocate:submit")).contains("Wijs een bedrag toe aan minstens een pps.");
        assertThat(List.of("allocate:lines:0:amount_input", "allocate:lines:1:amount_input")).map(this::markedInvalid).containsExactly(true, true);
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
                        + " together the two are a euro above the award")
                .map(this::markedInvalid).containsExactly(true, false, false, true);
        retype("allocate:lines:1:tranches:0:target_input", "800");
        assertThat(errorMessagesAfterClicking("allocate:submit")).as("by how much: a euro").contains(" 1,00 meer dan het definitief toegekende bedrag van")
                .contains("92.000.000,00");
        assertThat(text("allocate:totals")).as("what is left reads as too much, not as less than nothing").contains("Te veel toegewezen")
                .doesNotContain("Nog niet toegewezen");
        assertThat(text("remaining")).contains(" 1,00").doesNotContain("-");
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
        assertThat(browser.findElement(By.cssSelector("main")).getText()).as("the form says when a shift waits for an officer, at the configured share")
                .contains("een verschuiving ook, als een tranche daarmee meer dan 25% afwijkt van het bedrag dat een subsidieadviseur vaststelde");
        // Nothing filled in: the tranche, the new date and the reason are asked for at once, each at its field.
        click("change:submit");
        assertThat(errorMessages()).contains("Kies een tranche van deze pps.", "Kies de nieuwe datum.", "Geef de reden van de wijziging.");
        assertThat(List.of("change:tranche_label", "change:newDate_input", "change:reason")).map(this::markedInvalid)
                .containsExactly(true, true, true);
        chooseFromMenu("change:tranche", "1: " + nl.ngf.grants.shared.Money.ofEuros(30_000_000).format(DUTCH) + ", " + planned.format(DUTCH_DATE));
        type("change:newDate_input", planned.plusMonths(1).toString());
        assertThat(errorMessagesAfterClicking("change:submit")).contains("Geef de reden van de wijziging.")
                .doesNotContain("Kies een tranche van deze pps.", "Kies de nieuwe datum.");
        type("change:reason", "De werving van deelnemers start pas na de zomer.");
        click("change:submit");
        assertThat(infoMessages()).contains("Het wijzigingsverzoek is vastgelegd.");
        assertThat(text("changes")).contains("Wacht op subsidieadviseur");
        logOut();
        logIn("adviseur");
        openTask(limburg + " – tranche 1 (wijzigingsverzoek)");
        wait.until(ExpectedConditions.urlContains("funding/change-decision.xhtml"));
        // The PPS's file is a click away from the task, and the task a step back.
        click("openFile");
        wait.until(ExpectedConditions.urlContains("partnership/detail.xhtml?id="));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(limburg);
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("funding/change-decision.xhtml"));
        // Neither chosen nor reasoned: both are asked for at once, each at its field.
        click("changeDecision:submit");
        assertThat(errorMessages()).contains("Kies goedkeuren of afwijzen.", "Onderbouw uw besluit.");
        assertThat(List.of("changeDecision:approved", "changeDecision:reasoning")).map(this::markedInvalid).containsExactly(true, true);
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
        // A PPS's own page lists what the applicant can do on it: that PPS's report, not the other's.
        openPartnership(limburg);
        assertThat(browser.findElements(By.cssSelector("#fileTasks .ngf-file-task"))).extracting(WebElement::getText)
                .singleElement(as(org.assertj.core.api.InstanceOfAssertFactories.STRING))
                .startsWith("Voortgangsrapportage indienen " + limburg + " – tranche 1 ").endsWith("Openen");
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
        // The form opened from the PPS's page.
        openPartnership(limburg);
        browser.findElement(By.cssSelector("#fileTasks .ngf-open-task")).click();
        wait.until(ExpectedConditions.urlContains("funding/report.xhtml"));
        fillReport("30", "Pas 150 deelnemers gestart; werving loopt achter.");
        assertThat(infoMessages()).contains("De voortgangsrapportage is ingediend.");
        logOut();

        // The officer verifies: Twente attained (a large tranche: four eyes), Limburg far behind (withheld). The form
        // starts from what the report's figures measure against the milestone.
        logIn("adviseur");
        // The programme's page lists what waits for the officer on its PPSs, oldest deadline first.
        go("programme/list.xhtml?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
        wait.until(ExpectedConditions.urlContains("programme/detail.xhtml"));
        assertThat(browser.findElements(By.cssSelector("#fileTasks .ngf-file-task"))).extracting(WebElement::getText)
                .map(row -> row.substring(0, row.indexOf(" – tranche 1 ") + 12)).containsExactly(
                        "Voortgangsrapportage verifiëren " + twente + " – tranche 1",
                        "Voortgangsrapportage verifiëren " + limburg + " – tranche 1");
        openTask(twente + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/verify.xhtml"));
        assertThat(text("milestoneTarget")).isEqualTo("Aangesloten bedrijven: 80");
        assertThat(browser.findElement(By.id("openFile")).getAttribute("href")).as("the PPS's file")
                .matches(".*/partnership/detail\\.xhtml\\?id=\\d+");
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
        assertThat(text("closedAt")).as("every tranche paid: the programme is closed").contains("2 tranches uitbetaald, 0 vervallen");
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
                .contains("Afgerond: € 90.000.000,00 uitbetaald, 2 tranches uitbetaald, 0 vervallen");
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
        // Every tranche, read a page at a time: the header counts and adds up all of them, a page shows fifty, and the
        // download holds every page.
        go("funding/tranches.xhtml?show=ALL");
        String header = browser.findElement(By.cssSelector("[id='tranches:table'] .ui-datatable-header")).getText();
        java.util.regex.Matcher counted = java.util.regex.Pattern.compile("^(\\d+) tranches, samen € ([\\d.]+,\\d{2})$").matcher(header);
        assertThat(counted.matches()).as(header).isTrue();
        int everyTranche = Integer.parseInt(counted.group(1));
        java.math.BigDecimal together = new java.math.BigDecimal(counted.group(2).replace(".", "").replace(',', '.'));
        assertThat(browser.findElements(By.cssSelector("[id='tranches:table_data'] .ngf-tranche-pps"))).hasSize(Math.min(everyTranche, 50));
        Files.delete(downloads.resolve("tranches.xlsx"));
        click("tranches:exportXlsx");
        List<List<String>> everyRow = spreadsheetRows(downloaded("tranches.xlsx"));
        assertThat(everyRow).as("the header and every tranche, of all pages").hasSize(everyTranche + 1);
        assertThat(everyRow.subList(1, everyRow.size()).stream().map(row -> new java.math.BigDecimal(row.get(4)))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo(together);

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
        // And as the accountant's spreadsheet shows it: every amount with its cents, in a column wide enough to show it
        // (a number too wide for its column shows as #####).
        List<List<String>> ledgerShown = spreadsheetAsShown(downloads.resolve("grootboek.xlsx"));
        assertThat(ledgerShown.stream().filter(row -> row.get(2).equals(twente)).map(row -> row.get(4))).containsExactly("60.000.000,00");
        assertThat(ledgerShown.subList(1, ledgerShown.size())).extracting(row -> row.get(4)).allMatch(amount -> amount.matches("-?[\\d.]+,\\d{2}"));
        int amountWidth = spreadsheetColumnWidths(downloads.resolve("grootboek.xlsx")).get(4);
        assertThat(ledgerShown).extracting(row -> row.get(4).length()).allMatch(length -> length <= amountWidth);
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
        assertThat(text("history:moments")).contains("programme.allocated").doesNotContain("tranche.released");
        // The whole file on one timeline: the award and every PPS's tranches, each case named with its PPS; a narrowing
        // made on the programme's own (the payments, of which it has none) is kept.
        type("history:moments:event:filter", "tranche.released");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='history:moments_data'] .ui-datatable-empty-message")));
        click("whole");
        wait.until(ExpectedConditions.urlContains("whole=true"));
        assertThat(browser.getCurrentUrl()).contains("event=tranche.released");
        assertThat(browser.findElements(By.cssSelector("[id='history:moments_data'] .ngf-moment-kind"))).extracting(WebElement::getText)
                .isNotEmpty().containsOnly("Tranche uitbetaald");
        retype("history:moments:event:filter", "");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:moments"), "programme.allocated"));
        assertThat(text("history:moments")).contains("programme.allocated").contains("tranche.released")
                .contains("Tranche 1, " + limburg).contains("Tranche 1, " + twente);
        // Narrowed to one PPS: its tranches' steps and audit entries, and its own entries, nothing of another PPS.
        By momentRows = By.cssSelector("[id='history:moments_data'] > tr");
        int wholeRows = browser.findElements(momentRows).size();
        type("history:moments:case:filter", limburg);
        wait.until(driver -> driver.findElements(momentRows).size() < wholeRows);
        wait.until(ExpectedConditions.urlContains("case="));
        List<WebElement> limburgRows = browser.findElements(momentRows);
        assertThat(limburgRows).allSatisfy(row -> assertThat(row.findElements(By.tagName("td")).get(2).getText()).contains(limburg));
        assertThat(limburgRows).extracting(row -> row.findElements(By.tagName("td")).get(1).getText()).contains("Proces", "Auditlog");
        assertThat(text("history:moments")).contains("tranche.released").contains("partnership.allocated").doesNotContain(twente);
        retype("history:moments:case:filter", "");
        wait.until(driver -> driver.findElements(momentRows).size() == wholeRows);
        assertThat(browser.findElements(By.cssSelector("details.ngf-case > summary"))).extracting(WebElement::getText)
                .anySatisfy(name -> assertThat(name).startsWith("Toekenning NGF-"))
                .anySatisfy(name -> assertThat(name).startsWith("Tranche 1, " + limburg));
        assertThat(text("whole")).startsWith("Alleen de toekenning");
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
                .contains("Afgerond: € 8.000.000,00 uitbetaald, 4 tranches uitbetaald, 0 vervallen");

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
        // The amount a rule names in euro cents, as the table has it, is shown in euros beside it; a rule's id reads whole.
        assertThat(table.findElements(By.cssSelector("tbody > tr")).get(1).findElements(By.tagName("td"))).extracting(WebElement::getText)
                .containsExactly("2", "secondApprovalLargeTranche", "Mijlpaal gehaald (%): elke waarde\nTranchebedrag (eurocent): > 100000000 (€ 1.000.000,00)",
                        "Vrijgeven na tweede goedkeuring", "Tranche boven EUR 1.000.000: vrijgeven na goedkeuring door een tweede subsidieadviseur");
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
        // Neither chosen nor reasoned: both are asked for at once.
        click("overdue:submit");
        assertThat(errorMessages()).contains("Kies verlengen of laten vervallen.", "Onderbouw uw besluit.");
        assertThat(List.of("overdue:extend", "overdue:reasoning")).map(this::markedInvalid).containsExactly(true, true);
        browser.findElement(By.cssSelector("label[for='overdue:extend:0']")).click();
        // Extended without a date and without a reason: both are asked for at once, each at its field.
        retype("overdue:newDeadline_input", "");
        assertThat(errorMessagesAfterClicking("overdue:submit")).contains("Kies de nieuwe termijn.", "Onderbouw uw besluit.")
                .doesNotContain("Kies verlengen of laten vervallen.");
        assertThat(List.of("overdue:extend", "overdue:newDeadline_input", "overdue:reasoning")).as("chosen now: the choice is no longer marked")
                .map(this::markedInvalid).containsExactly(false, true, true);
        retype("overdue:newDeadline_input", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusWeeks(4).toString());
        type("overdue:reasoning", "Levering van de elektrolysers is bevestigd.");
        click("overdue:submit");
        wait.until(ExpectedConditions.urlContains("workflow/inbox.xhtml"));
        assertThat(infoMessages()).contains("De termijn is verlengd.");
        logOut();
        assertThat(inbox("aanvrager")).contains("Verbeterplan indienen PPS Waterstofwerkplaats Emmen – tranche 1");
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
            // The switch shows the page again: wait for the page it leaves to go (Dutch is already chosen the first time,
            // and a page opened before the switch's answer came would be replaced by it).
            WebElement before = browser.findElement(By.tagName("html"));
            click("nav:lang-" + language);
            wait.until(ExpectedConditions.stalenessOf(before));
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
        List<String> twenteShown = spreadsheetAsShown(downloads.resolve("ppsen.xlsx")).stream()
                .filter(row -> row.get(0).equals("PPS Netbeheer Twente")).findFirst().orElseThrow();
        assertThat(twenteShown.get(7)).as("the SME reach, a percentage with its two decimals").matches("\\d+,\\d{2}");
        assertThat(twenteShown.get(6)).as("a count, without decimals").matches("[\\d.]+");
        assertThat(twenteShown.subList(22, 24)).as("allocated and paid, with their cents").allMatch(amount -> amount.matches("[\\d.]+,\\d{2}"));

        // A programme's page leads to its PPSs.
        go("programme/detail.xhtml?id=" + idOf("programme/list.xhtml", "Praktijkleren Energietransitie Oost-Nederland", "programme/detail"));
        assertThat(browser.findElement(By.xpath("//dt[text()=\"Aantal pps'en (gepland)\"]/following-sibling::dd[1]")).getText())
                .as("the plan names the five PPSs the programme is allocated over").isEqualTo("5");
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
        // which Faces would hand the page's script, nor as a fault of the application: the user is told the request
        // cannot be read and nothing was done, and goes back to the list.
        go("partnership/list.xhtml");
        script("$.ajaxPrefilter(o => { if (typeof o.data === 'string') o.data = o.data.replace(/_rows=\\d+/, '_rows=-1'); })");
        browser.findElement(By.cssSelector("[id='filter:partnerships'] .ui-paginator-next")).click();
        wait.until(ExpectedConditions.urlContains("error/bad-request.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ongeldig adres");
        assertThat(text("error-message")).startsWith("Dit adres of dit verzoek kan niet worden gelezen: er is niets gedaan.");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("rows per page");
        click("page-before");
        wait.until(ExpectedConditions.urlContains("partnership/list.xhtml"));
        assertThat(ppsNames()).isEqualTo(firstPage);
        logOut();
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

    private void approve(String pps, String reasoning) {
        openTask(pps + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/approve.xhtml"));
        browser.findElement(By.cssSelector("label[for='approve:approved:0']")).click();
        type("approve:reasoning", reasoning);
        click("approve:submit");
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

    private void allocate(int line, String amount, String milestone, String kpi, String target) {
        type("allocate:lines:" + line + ":amount_input", amount);
        type("allocate:lines:" + line + ":tranches:0:trancheAmount_input", amount);
        type("allocate:lines:" + line + ":tranches:0:milestone", milestone);
        chooseFromMenu("allocate:lines:" + line + ":tranches:0:kpi", kpi);
        type("allocate:lines:" + line + ":tranches:0:target_input", target);
    }

    /** How many lines the ledger's header says it holds ("12 uitbetalingen, samen …"). */
    private int ledgerLineCount() {
        String header = browser.findElement(By.cssSelector("[id='ledger:lines'] .ui-datatable-header")).getText();
        return Integer.parseInt(header.substring(0, header.indexOf(' ')));
    }

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

    /** Per task of the last inbox read (name and subject): the urgency shown beside its date, or "" when none. */
    private final java.util.Map<String, String> lastInboxUrgencies = new java.util.HashMap<>();

    private void verify(String pps, String attainment, String remarks) {
        openTask(pps + " – tranche 1");
        wait.until(ExpectedConditions.urlContains("funding/verify.xhtml"));
        retype("verify:attainment_input", attainment);
        type("verify:remarks", remarks);
        click("verify:submit");
    }
}
