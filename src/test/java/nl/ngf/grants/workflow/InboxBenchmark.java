package nl.ngf.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.ngf.grants.testsupport.BenchmarkOutput.database;
import static nl.ngf.grants.testsupport.BenchmarkOutput.ms;
import static nl.ngf.grants.testsupport.BenchmarkOutput.print;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.AllocationPlan;
import nl.ngf.grants.partnership.AllocationService;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long a grant officer's inbox takes to read as the reports waiting for verification grow, and what a task
 * form's own lookup and taking a task on cost beside it. The tasks are real: programmes of 100 PPSs are awarded
 * and allocated through the services, and each PPS's applicant submits the progress report of its first tranche,
 * so every task is a verification waiting in the tranche-release model. Not part of {@code mvn verify}; run on H2
 * and PostgreSQL with {@code mvn verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=InboxBenchmark}.
 * It prints {@code [benchmark]} lines and asserts only that the inbox holds the verifications it made (and on H2 the demo's
 * tasks beside them).
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class InboxBenchmark {

    private static final int PPS_PER_PROGRAMME = 100;
    private static final int[] INBOX_SIZES = {200, 1_000, 2_000};
    private static final Kpis KPIS = new Kpis(80, new BigDecimal("4.50"), 600, 30, Money.ofEuros(200_000));

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(InboxBenchmark.class, ItDatabase.class, AwardInFull.class, BenchmarkOutput.class);
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

    private Actor officer;
    private Actor committee;
    private Actor applicant;
    private OrganisationView organisation;

    @Test
    void readingAGrowingInbox() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        organisation = identity.createOrganisation("inbox-" + run, "Penvoerder " + run);
        identity.createUser("inbox-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("inbox-commissie-" + run, "Commissie", "geheim-" + run, null, Set.of(Role.COMMITTEE_MEMBER));
        identity.createUser("inbox-aanvrager-" + run, "Aanvrager", "geheim-" + run, organisation.id(), Set.of(Role.APPLICANT));
        officer = identity.actor("inbox-adviseur-" + run).orElseThrow();
        committee = identity.actor("inbox-commissie-" + run).orElseThrow();
        applicant = identity.actor("inbox-aanvrager-" + run).orElseThrow();
        String database = database();

        for (int size : INBOX_SIZES) {
            long setUp = System.nanoTime();
            int before = workflow.inbox(officer).size();
            while (workflow.inbox(officer).size() < size) {
                allocateAProgramme(run);
                reportOnEveryDueTranche();
            }
            List<WorkTask> inbox = workflow.inbox(officer);
            assertThat(inbox.stream().filter(task -> task.taskKey().equals("verifyProgressReport"))).hasSizeGreaterThanOrEqualTo(size);
            print("%s: inbox grown from %,d to %,d tasks in %.1f s", database, before, inbox.size(), (System.nanoTime() - setUp) / 1e9);

            long bestInbox = Long.MAX_VALUE;
            long bestTask = Long.MAX_VALUE;
            long bestClaim = Long.MAX_VALUE;
            WorkTask last = inbox.get(inbox.size() - 1);
            for (int attempt = 0; attempt < 5; attempt++) {
                long start = System.nanoTime();
                int read = workflow.inbox(officer).size();
                bestInbox = Math.min(bestInbox, System.nanoTime() - start);
                assertThat(read).isEqualTo(inbox.size());
                start = System.nanoTime();
                assertThat(workflow.task(officer, last.id())).isPresent();
                bestTask = Math.min(bestTask, System.nanoTime() - start);
                start = System.nanoTime();
                workflow.claim(officer, last.id());
                workflow.unclaim(officer, last.id());
                bestClaim = Math.min(bestClaim, System.nanoTime() - start);
            }
            print("%s: inbox of %,d tasks: %.0f ms (best of 5), %.0f tasks/s; one task as its form reads it: %.1f ms;"
                    + " taking it on and handing it back: %.1f ms", database, inbox.size(), ms(bestInbox), inbox.size() / (bestInbox / 1e9),
                    ms(bestTask), ms(bestClaim));
        }
    }

    /** An awarded programme allocated over its PPSs, one tranche each: every PPS's report is due. */
    private void allocateAProgramme(String run) {
        BigDecimal awarded = BigDecimal.valueOf(PPS_PER_PROGRAMME * 10_000L);
        long programmeId = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Inbox " + run, organisation.id(),
                awarded, awarded, 2, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));
        List<AllocationPlan.Line> lines = new ArrayList<>();
        for (int p = 0; p < PPS_PER_PROGRAMME; p++) {
            long pps = partnerships.register(officer, new PartnershipRegistration(programmeId, organisation.id(), "PPS " + p, "Twente",
                    "Techniek", "ROC", KPIS, KPIS));
            lines.add(new AllocationPlan.Line(pps, BigDecimal.valueOf(10_000L), List.of(new AllocationPlan.Tranche(BigDecimal.valueOf(10_000L),
                    LocalDate.now().plusMonths(3), "Mijlpaal", new KpiTarget(Kpi.STUDENTS, BigDecimal.valueOf(700))))));
        }
        AwardInFull.award(programmes, workflow, programmeId, officer, committee, applicant, awarded);
        allocations.allocate(officer, AwardInFull.taskOf(workflow, officer, programmeId), new AllocationPlan(lines));
    }

    /** The applicant reports on every tranche due: a verification waits for a grant officer for each. */
    private void reportOnEveryDueTranche() {
        for (WorkTask task : workflow.inbox(applicant)) {
            if (task.taskKey().equals("submitProgressReport")) {
                funding.submitProgressReport(applicant, task.id(),
                        new ProgressReportSubmission(90, new BigDecimal("5.00"), 700, 32, new BigDecimal("210000.00"), "Op koers.", List.of()));
            }
        }
    }
}
