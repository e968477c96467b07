package nl.ngf.grants.history;

import static nl.ngf.grants.testsupport.BenchmarkOutput.database;
import static nl.ngf.grants.testsupport.BenchmarkOutput.ms;
import static nl.ngf.grants.testsupport.BenchmarkOutput.print;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.funding.Verification;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.testsupport.BenchmarkProgrammes;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.LoggedInHttp;
import nl.ngf.grants.testsupport.Waiting;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long the auditor's timeline of a PPS takes to read as its history grows, and its page to render and send. A PPS of 1, 5 and 20 tranches is
 * allocated through the services and every tranche is reported, verified and paid as users and the engine do it
 * (each payment the job executor's, the next tranche starting after it), so the timeline joins real engine history
 * (steps, tasks, variables, the operation log, each tranche its own case) with the audit entries. Not part of
 * {@code mvn verify}; run on H2 and PostgreSQL with
 * {@code mvn verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TimelineBenchmark}. It prints
 * {@code [benchmark]} lines and asserts only that the timeline holds every tranche's case and payment and that the
 * page shows its first 200 moments.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class TimelineBenchmark {

    private static final int[] TRANCHES = {1, 5, 20};

    @Deployment
    static WebArchive deployment() {
        return Deployments.benchmarkOnProgrammes(TimelineBenchmark.class);
    }

    @Inject
    PartnershipService partnerships;
    @Inject
    WorkflowService workflow;
    @Inject
    FundingService funding;
    @Inject
    CaseHistory history;

    private BenchmarkProgrammes built;

    @Test
    void readingTheTimelineOfAPpsAsItsTranchesArePaid() throws Exception {
        built = new BenchmarkProgrammes("verloop");
        String database = database();
        LoggedInHttp auditor = LoggedInHttp.as(built.administrator.username(), built.password);
        for (int tranches : TRANCHES) {
            long setUp = System.nanoTime();
            long programmeId = built.allocatedProgramme("Verloop", 1, tranches);
            long pps = partnerships.partnershipsOf(built.officer, programmeId).get(0).id();
            for (int t = 0; t < tranches; t++) {
                payNextTranche(pps, t);
            }
            print("%s: a PPS of %d tranches allocated, reported, verified and paid in %.1f s", database, tranches,
                    (System.nanoTime() - setUp) / 1e9);

            Timeline timeline = history.ofPartnership(built.administrator, pps);
            assertThat(timeline.cases()).as("each tranche its own case").hasSize(tranches);
            assertThat(timeline.moments()).filteredOn(m -> "tranche.released".equals(m.kind())).hasSize(tranches);
            long best = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 5; attempt++) {
                long start = System.nanoTime();
                int moments = history.ofPartnership(built.administrator, pps).moments().size();
                best = Math.min(best, System.nanoTime() - start);
                assertThat(moments).isEqualTo(timeline.moments().size());
            }
            long engine = timeline.moments().stream().filter(m -> m.source() == Timeline.Source.ENGINE).count();
            print("%s: the timeline of a PPS of %d paid tranches: %,d moments (%,d from the engine, %,d audit entries), %d diagrams:"
                    + " %.0f ms (best of 5)", database, tranches, timeline.moments().size(), engine, timeline.moments().size() - engine,
                    timeline.cases().size(), ms(best));

            // The page as the auditor's browser gets it: rendered by the server and read to its last byte.
            LoggedInHttp.Timed page = auditor.time("history/timeline.xhtml?pps=" + pps, 5);
            assertThat(page.rows()).as("moments shown: 200 a page").isEqualTo(Math.min(200, timeline.moments().size()));
            print("%s: its page (%,d of the %,d moments shown): %,d bytes in %.0f ms (best of 5)", database, page.rows(),
                    timeline.moments().size(), page.bytes(), ms(page.bestNanos()));
        }
    }

    /**
     * The whole file of a programme on one timeline ({@code whole=true}): the award and every PPS's tranches, for a
     * programme of 5 and of 15 PPSs (the seed's), each with 2 tranches paid.
     */
    @Test
    void readingTheWholeFileOfAProgrammeOfManyPpss() throws Exception {
        built = new BenchmarkProgrammes("dossier");
        String database = database();
        LoggedInHttp auditor = LoggedInHttp.as(built.administrator.username(), built.password);
        for (int ppsCount : new int[] {5, 15}) {
            long setUp = System.nanoTime();
            long programmeId = built.allocatedProgramme("Dossier", ppsCount, 2);
            List<Long> ppss = partnerships.partnershipsOf(built.officer, programmeId).stream().map(p -> p.id()).toList();
            for (int t = 0; t < 2; t++) {
                for (long pps : ppss) {
                    payNextTranche(pps, t);
                }
            }
            print("%s: a programme of %d PPSs of 2 tranches allocated, reported, verified and paid in %.1f s", database, ppsCount,
                    (System.nanoTime() - setUp) / 1e9);

            Timeline whole = history.ofProgramme(built.administrator, programmeId, true);
            assertThat(whole.cases()).as("the award and each tranche its own case").hasSize(1 + 2 * ppsCount);
            assertThat(whole.moments()).filteredOn(m -> "tranche.released".equals(m.kind())).hasSize(2 * ppsCount);
            long best = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 5; attempt++) {
                long start = System.nanoTime();
                int moments = history.ofProgramme(built.administrator, programmeId, true).moments().size();
                best = Math.min(best, System.nanoTime() - start);
                assertThat(moments).isEqualTo(whole.moments().size());
            }
            long engine = whole.moments().stream().filter(m -> m.source() == Timeline.Source.ENGINE).count();
            print("%s: the whole file of a programme of %d PPSs, %d tranches paid: %,d moments (%,d from the engine, %,d audit entries),"
                    + " %d diagrams: %.0f ms (best of 5)", database, ppsCount, 2 * ppsCount, whole.moments().size(), engine,
                    whole.moments().size() - engine, whole.cases().size(), ms(best));
            LoggedInHttp.Timed page = auditor.time("history/timeline.xhtml?programme=" + programmeId + "&whole=true", 5);
            assertThat(page.rows()).as("moments shown: 200 a page").isEqualTo(Math.min(200, whole.moments().size()));
            print("%s: its page (%,d of the %,d moments shown): %,d bytes in %.0f ms (best of 5)", database, page.rows(),
                    whole.moments().size(), page.bytes(), ms(page.bestNanos()));
        }
    }

    /** The applicant reports the PPS's tranche due, an officer verifies it in full, and the engine pays it. */
    private void payNextTranche(long pps, int index) {
        WorkTask report = Waiting.upTo(Duration.ofSeconds(60), "the report of tranche " + (index + 1) + " of PPS " + pps)
                .until(() -> workflow.inbox(built.applicant).stream().filter(task -> task.taskKey().equals("submitProgressReport"))
                        .filter(task -> funding.trancheOfTask(built.applicant, task.id(), task.taskKey()).partnershipId() == pps)
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();
        funding.submitProgressReport(built.applicant, report.id(), new ProgressReportSubmission(90, new BigDecimal("5.00"), 700 + index, 32,
                new BigDecimal("210000.00"), "Op koers.", List.of()));
        // The officer's inbox holds every grant officer's verifications (on H2 the demo's too): this PPS's one.
        WorkTask verification = workflow.inbox(built.officer).stream().filter(task -> task.taskKey().equals("verifyProgressReport"))
                .filter(task -> funding.trancheOfTask(built.officer, task.id(), task.taskKey()).partnershipId() == pps).findFirst().orElseThrow();
        assertThat(funding.verify(built.officer, verification.id(), new Verification(new BigDecimal("100"), "Gehaald.")))
                .isIn(TrancheStatus.RELEASING, TrancheStatus.RELEASED);
        Waiting.upTo(Duration.ofSeconds(60), "tranche " + (index + 1) + " of PPS " + pps + " paid")
                .until(() -> funding.fundingOf(built.officer, pps).tranches().stream().filter(t -> t.status() == TrancheStatus.RELEASED)
                        .count(), paid -> paid == index + 1);
    }
}
