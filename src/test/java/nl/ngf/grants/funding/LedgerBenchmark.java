package nl.ngf.grants.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.ngf.grants.testsupport.BenchmarkOutput.database;
import static nl.ngf.grants.testsupport.ServerDatabase.dataSource;
import static nl.ngf.grants.testsupport.BenchmarkOutput.ms;
import static nl.ngf.grants.testsupport.BenchmarkOutput.print;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.testsupport.BenchmarkProgrammes;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.LoggedInHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long the administrator's ledger reconciliation and the ledger's list take as the ledger grows, and the PPS list's
 * figures (allocated, paid, latest report) for every PPS.
 * Each programme is awarded and allocated through the services (100 PPSs of 10 tranches); its 1,000
 * payments, their reports, verifications and audit entries are then written in bulk, as consistently as
 * the release would write them. Not part of {@code mvn verify}; run on H2 and PostgreSQL with
 * {@code mvn verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LedgerBenchmark}.
 * It prints {@code [benchmark]} lines and asserts only that the ledger it built is in order.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class LedgerBenchmark {

    private static final int PPS_PER_PROGRAMME = 100;
    private static final int TRANCHES_PER_PPS = 10;
    private static final int[] LEDGER_SIZES = {1_000, 5_000, 10_000};

    @Deployment
    static WebArchive deployment() {
        return Deployments.benchmarkOnProgrammes(LedgerBenchmark.class);
    }

    @Inject
    PartnershipService partnerships;
    @Inject
    FundingService funding;
    @Inject
    AuditTrail audit;
    @Inject
    UserTransaction transaction;

    private BenchmarkProgrammes built;
    private long nextId = 8_000_000_000L;
    private long lastProgramme;

    @Test
    void reconcilingAGrowingLedger() throws Exception {
        built = new BenchmarkProgrammes("bench");
        Actor administrator = built.administrator;
        String database = database();

        for (int size : LEDGER_SIZES) {
            long setUp = System.nanoTime();
            int before = funding.ledger(administrator).size();
            while (funding.ledger(administrator).size() < size) {
                lastProgramme = built.allocatedProgramme("Grootboek", PPS_PER_PROGRAMME, TRANCHES_PER_PPS);
                payEveryTrancheOf(lastProgramme);
            }
            int payments = funding.ledger(administrator).size();
            print("%s: ledger grown from %,d to %,d payments in %.1f s", database, before, payments, (System.nanoTime() - setUp) / 1e9);

            LedgerCheck check = null;
            long bestCheck = Long.MAX_VALUE;
            long bestList = Long.MAX_VALUE;
            long bestTotals = Long.MAX_VALUE;
            long bestFirstPage = Long.MAX_VALUE;
            long bestLastPage = Long.MAX_VALUE;
            long bestFirstTranches = Long.MAX_VALUE;
            long bestLastTranches = Long.MAX_VALUE;
            long tranches = 0;
            int partnershipsListed = 0;
            for (int attempt = 0; attempt < 3; attempt++) {
                long pageStart = System.nanoTime();
                assertThat(funding.ledgerPage(administrator, 0, 25).lines()).hasSize(25);
                bestFirstPage = Math.min(bestFirstPage, System.nanoTime() - pageStart);
                pageStart = System.nanoTime();
                assertThat(funding.ledgerPage(administrator, payments - 25, 25).lines()).hasSize(25);
                bestLastPage = Math.min(bestLastPage, System.nanoTime() - pageStart);
                pageStart = System.nanoTime();
                tranches = funding.tranchePage(administrator, TrancheSelection.all(), 0, 50).count();
                bestFirstTranches = Math.min(bestFirstTranches, System.nanoTime() - pageStart);
                pageStart = System.nanoTime();
                assertThat(funding.tranchePage(administrator, TrancheSelection.all(), (int) tranches - 50, 50).lines()).hasSize(50);
                bestLastTranches = Math.min(bestLastTranches, System.nanoTime() - pageStart);
                long start = System.nanoTime();
                check = funding.checkLedger(administrator);
                bestCheck = Math.min(bestCheck, System.nanoTime() - start);
                start = System.nanoTime();
                funding.ledger(administrator);
                bestList = Math.min(bestList, System.nanoTime() - start);
                start = System.nanoTime();
                partnershipsListed = funding.totals(administrator).size();
                bestTotals = Math.min(bestTotals, System.nanoTime() - start);
            }
            assertThat(check.findings()).isEmpty();
            assertThat(check.payments()).isEqualTo(payments);
            print("%s: reconcile %,d payments (%,d PPSs, %,d programmes): %.0f ms (best of 3), %.0f payments/s; list them: %.0f ms",
                    database, check.payments(), check.partnerships(), check.programmes(), ms(bestCheck), check.payments() / (bestCheck / 1e9),
                    ms(bestList));
            print("%s: the PPS list's money and latest reports for %,d PPSs: %.0f ms (best of 3)", database, partnershipsListed, ms(bestTotals));
            print("%s: a page of 25 of the %,d payments, as the ledger's page reads it: the first %.1f ms, the last %.1f ms (best of 3)",
                    database, payments, ms(bestFirstPage), ms(bestLastPage));
            print("%s: a page of 50 of the %,d tranches, as the list of tranches reads it: the first %.1f ms, the last %.1f ms (best of 3)",
                    database, tranches, ms(bestFirstTranches), ms(bestLastTranches));

            // The pages as the administrator's browser gets them: rendered by the server and read to the last byte.
            LoggedInHttp administratorsBrowser = LoggedInHttp.as(administrator.username(), built.password);
            long pps = partnerships.partnershipsOf(administrator, lastProgramme).get(0).id();
            // Each page with the rows of a table it shows a page at a time (a PPS page has no such table).
            Map<String, Integer> pages = new LinkedHashMap<>();
            pages.put("admin/ledger.xhtml", 25);
            pages.put("partnership/list.xhtml", 20);
            pages.put("funding/tranches.xhtml?show=ALL", 50);
            pages.put("programme/detail.xhtml?id=" + lastProgramme, 25);
            pages.put("partnership/detail.xhtml?id=" + pps, 0);
            for (String page : pages.keySet()) {
                LoggedInHttp.Timed shown = administratorsBrowser.time(page, 3);
                assertThat(shown.rows()).as(page).isEqualTo(pages.get(page));
                print("%s: page %s with %,d payments (%,d PPSs) in the database: %,d rows shown, %,d bytes in %.0f ms (best of 3)",
                        database, page.replaceAll("\\?.*|\\.xhtml", ""), payments, check.partnerships(), shown.rows(), shown.bytes(),
                        ms(shown.bestNanos()));
            }
            // The downloads for the payment planning and the books: every payment, every tranche, to XLSX.
            List<Export> exports = List.of(new Export("ledger", "admin/ledger.xhtml", "ledger", Map.of()),
                    new Export("tranches", "funding/tranches.xhtml?show=ALL", "tranches", Map.of("tranches:show_input", "ALL")));
            for (Export export : exports) {
                long best = Long.MAX_VALUE;
                int bytes = 0;
                for (int attempt = 0; attempt < 3; attempt++) {
                    long start = System.nanoTime();
                    bytes = administratorsBrowser.open(export.page()).download(export.form(), export.form() + ":exportXlsx", export.fields())
                            .body().length;
                    best = Math.min(best, System.nanoTime() - start);
                }
                print("%s: XLSX of the %s with %,d payments (%,d tranches) in the database: %,d bytes in %.0f ms (best of 3)",
                        database, export.name(), payments, tranches, bytes, ms(best));
            }
        }
    }

    /** A list's XLSX download: the page, its form (whose button is {@code form:exportXlsx}) and the menus as shown. */
    private record Export(String name, String page, String form, Map<String, String> fields) {
    }

    /**
     * Every tranche of the programme released as the release step writes it: its state, the applicant's report, the
     * officer's verification, the ledger line and the audit entry, in one transaction.
     */
    private void payEveryTrancheOf(long programmeId) throws Exception {
        transaction.begin();
        try (Connection c = dataSource().getConnection();
             PreparedStatement tranches = c.prepareStatement("select r.tranche_id, r.partnership_id, t.amount_cents from tranche_release r"
                     + " join planned_tranche t on t.id = r.tranche_id where r.programme_id = ?");
             PreparedStatement released = c.prepareStatement("update tranche_release set status = 'RELEASED' where programme_id = ?");
             PreparedStatement decision = c.prepareStatement("insert into tranche_decision (id, tranche_id, kind, outcome, decided_by,"
                     + " decided_at, attainment) values (?, ?, 'VERIFICATION', 'VERIFIED', ?, current_timestamp, 100)");
             PreparedStatement rule = c.prepareStatement("insert into tranche_decision (id, tranche_id, kind, outcome, decided_by,"
                     + " decided_at, attainment, input_amount_cents, rule_id) values (?, ?, 'RULE', 'RELEASE', '"
                     + nl.ngf.grants.shared.SystemActors.DECISION_TABLE + "', current_timestamp, 100, ?, 'releaseAttained')");
             PreparedStatement report = c.prepareStatement("insert into progress_report (id, tranche_id, round_no, kind, companies,"
                     + " sme_reach, students, teachers, cofinancing_cents, narrative, submitted_by, submitted_at)"
                     + " values (?, ?, 1, 'REPORT', 90, 5.00, 700, 32, 21000000, 'Op koers.', ?, current_timestamp)");
             PreparedStatement payment = c.prepareStatement("insert into disbursement (id, tranche_id, partnership_id, programme_id,"
                     + " amount_cents, authorised_by, released_at) values (?, ?, ?, ?, ?, ?, current_timestamp)")) {
            tranches.setLong(1, programmeId);
            var rows = tranches.executeQuery();
            while (rows.next()) {
                long tranche = rows.getLong(1);
                long pps = rows.getLong(2);
                long cents = rows.getLong(3);
                report.setLong(1, nextId++);
                report.setLong(2, tranche);
                report.setString(3, built.applicant.username());
                report.addBatch();
                decision.setLong(1, nextId++);
                decision.setLong(2, tranche);
                decision.setString(3, built.officer.username());
                decision.addBatch();
                rule.setLong(1, nextId++);
                rule.setLong(2, tranche);
                rule.setLong(3, cents);
                rule.addBatch();
                payment.setLong(1, nextId++);
                payment.setLong(2, tranche);
                payment.setLong(3, pps);
                payment.setLong(4, programmeId);
                payment.setLong(5, cents);
                payment.setString(6, built.officer.username());
                payment.addBatch();
                audit.record(AuditTrail.ENGINE, "tranche.released", "tranche", tranche, "amountCents=" + cents + "; pps=" + pps
                        + "; authorisedBy=" + built.officer.username());
            }
            released.setLong(1, programmeId);
            released.executeUpdate();
            report.executeBatch();
            decision.executeBatch();
            rule.executeBatch();
            payment.executeBatch();
        }
        transaction.commit();
    }
}
