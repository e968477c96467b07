package nl.ngf.grants.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.ngf.grants.testsupport.BenchmarkOutput.database;
import static nl.ngf.grants.testsupport.BenchmarkOutput.dataSource;
import static nl.ngf.grants.testsupport.BenchmarkOutput.ms;
import static nl.ngf.grants.testsupport.BenchmarkOutput.print;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.AllocationPlan;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.AllocationService;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.PartnershipRegistration;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.testsupport.AwardInFull;
import nl.ngf.grants.testsupport.BenchmarkOutput;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.workflow.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long the administrator's ledger reconciliation and the ledger's list take as the ledger grows.
 * Each programme is awarded and allocated through the services (100 PPSs of 10 tranches); its 1,000
 * payments, their verifications and their audit entries are then written in bulk, as consistently as
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
    private static final Kpis KPIS = new Kpis(80, new BigDecimal("4.50"), 600, 30, Money.ofEuros(200_000));

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(LedgerBenchmark.class, ItDatabase.class, AwardInFull.class, BenchmarkOutput.class);
    }

    @Inject
    IdentityService identity;
    @Inject
    ProgrammeService programmes;
    @Inject
    PartnershipService partnerships;
    @Inject
    AllocationService allocations;
    @Inject
    WorkflowService workflow;
    @Inject
    FundingService funding;
    @Inject
    AuditTrail audit;
    @Inject
    UserTransaction transaction;

    private Actor officer;
    private Actor committee;
    private Actor applicant;
    private OrganisationView organisation;
    private long nextId = 8_000_000_000L;

    @Test
    void reconcilingAGrowingLedger() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        organisation = identity.createOrganisation("bench-" + run, "Penvoerder " + run);
        identity.createUser("bench-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("bench-commissie-" + run, "Commissie", "geheim-" + run, null, Set.of(Role.COMMITTEE_MEMBER));
        identity.createUser("bench-aanvrager-" + run, "Aanvrager", "geheim-" + run, organisation.id(), Set.of(Role.APPLICANT));
        identity.createUser("bench-beheer-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        officer = identity.actor("bench-adviseur-" + run).orElseThrow();
        committee = identity.actor("bench-commissie-" + run).orElseThrow();
        applicant = identity.actor("bench-aanvrager-" + run).orElseThrow();
        Actor administrator = identity.actor("bench-beheer-" + run).orElseThrow();
        String database = database();

        for (int size : LEDGER_SIZES) {
            long setUp = System.nanoTime();
            int before = funding.ledger(administrator).size();
            while (funding.ledger(administrator).size() < size) {
                payEveryTrancheOf(programmeWithPaidOutTranches(run));
            }
            int payments = funding.ledger(administrator).size();
            print("%s: ledger grown from %,d to %,d payments in %.1f s", database, before, payments, (System.nanoTime() - setUp) / 1e9);

            LedgerCheck check = null;
            long bestCheck = Long.MAX_VALUE;
            long bestList = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                long start = System.nanoTime();
                check = funding.checkLedger(administrator);
                bestCheck = Math.min(bestCheck, System.nanoTime() - start);
                start = System.nanoTime();
                funding.ledger(administrator);
                bestList = Math.min(bestList, System.nanoTime() - start);
            }
            assertThat(check.findings()).isEmpty();
            assertThat(check.payments()).isEqualTo(payments);
            print("%s: reconcile %,d payments (%,d PPSs, %,d programmes): %.0f ms (best of 3), %.0f payments/s; list them: %.0f ms",
                    database, check.payments(), check.partnerships(), check.programmes(), ms(bestCheck), check.payments() / (bestCheck / 1e9),
                    ms(bestList));
        }
    }

    /** An awarded programme allocated over its PPSs, each with its tranches. */
    private long programmeWithPaidOutTranches(String run) {
        BigDecimal awarded = BigDecimal.valueOf(PPS_PER_PROGRAMME * TRANCHES_PER_PPS * 10_000L);
        long programmeId = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Grootboek " + run, organisation.id(),
                awarded, awarded, 2, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));
        List<AllocationPlan.Line> lines = new ArrayList<>();
        LocalDate first = LocalDate.now().plusMonths(3);
        for (int p = 0; p < PPS_PER_PROGRAMME; p++) {
            long pps = partnerships.register(officer, new PartnershipRegistration(programmeId, organisation.id(), "PPS " + p, "Twente",
                    "Techniek", "ROC", KPIS, KPIS));
            lines.add(new AllocationPlan.Line(pps, BigDecimal.valueOf(TRANCHES_PER_PPS * 10_000L), IntStream.range(0, TRANCHES_PER_PPS)
                    .mapToObj(t -> new AllocationPlan.Tranche(BigDecimal.valueOf(10_000L), first.plusMonths(t), "Mijlpaal " + t,
                            new KpiTarget(Kpi.STUDENTS, BigDecimal.valueOf(700 + t)))).toList()));
        }
        AwardInFull.award(programmes, workflow, programmeId, officer, committee, applicant, awarded);
        allocations.allocate(officer, AwardInFull.taskOf(workflow, officer, programmeId), new AllocationPlan(lines));
        return programmeId;
    }

    /**
     * Every tranche of the programme released as the release step writes it: its state, the officer's
     * verification, the ledger line and the audit entry, in one transaction.
     */
    private void payEveryTrancheOf(long programmeId) throws Exception {
        transaction.begin();
        try (Connection c = dataSource().getConnection();
             PreparedStatement tranches = c.prepareStatement("select r.tranche_id, r.partnership_id, t.amount_cents from tranche_release r"
                     + " join planned_tranche t on t.id = r.tranche_id where r.programme_id = ?");
             PreparedStatement released = c.prepareStatement("update tranche_release set status = 'RELEASED' where programme_id = ?");
             PreparedStatement decision = c.prepareStatement("insert into tranche_decision (id, tranche_id, kind, outcome, decided_by,"
                     + " decided_at, attainment) values (?, ?, 'VERIFICATION', 'VERIFIED', ?, current_timestamp, 100)");
             PreparedStatement payment = c.prepareStatement("insert into disbursement (id, tranche_id, partnership_id, programme_id,"
                     + " amount_cents, authorised_by, released_at) values (?, ?, ?, ?, ?, ?, current_timestamp)")) {
            tranches.setLong(1, programmeId);
            var rows = tranches.executeQuery();
            while (rows.next()) {
                long tranche = rows.getLong(1);
                long pps = rows.getLong(2);
                long cents = rows.getLong(3);
                decision.setLong(1, nextId++);
                decision.setLong(2, tranche);
                decision.setString(3, officer.username());
                decision.addBatch();
                payment.setLong(1, nextId++);
                payment.setLong(2, tranche);
                payment.setLong(3, pps);
                payment.setLong(4, programmeId);
                payment.setLong(5, cents);
                payment.setString(6, officer.username());
                payment.addBatch();
                audit.record(AuditTrail.ENGINE, "tranche.released", "tranche", tranche, "amountCents=" + cents + "; pps=" + pps
                        + "; authorisedBy=" + officer.username());
            }
            released.setLong(1, programmeId);
            released.executeUpdate();
            decision.executeBatch();
            payment.executeBatch();
        }
        transaction.commit();
    }
}
