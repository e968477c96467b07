package nl.ngf.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.ngf.grants.testsupport.BenchmarkOutput.database;
import static nl.ngf.grants.testsupport.BenchmarkOutput.ms;
import static nl.ngf.grants.testsupport.BenchmarkOutput.print;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.funding.Verification;
import nl.ngf.grants.identity.Actor;
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
 * How long a grant officer's inbox takes to read as the reports waiting for verification and the releases waiting
 * for a second approval grow, and what a task form's own lookup and taking a task on cost beside it. The tasks are
 * real: programmes of 100 PPSs are awarded and allocated through the services and each PPS's applicant submits the
 * progress report of its first tranche; of every four reports one is verified by the officer and one by a colleague
 * (at 90% of the milestone, so the decision table asks for a second approval). The officer's inbox then holds
 * verifications, approvals they may give and approvals that are a colleague's (four eyes: they verified the report),
 * which cost the inbox a look into the engine's history. Not part of {@code mvn verify}; run on H2 and PostgreSQL with
 * {@code mvn verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=InboxBenchmark}. It prints
 * {@code [benchmark]} lines and asserts only that the inbox holds the tasks it made, each approval marked as it must be.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class InboxBenchmark {

    private static final int PPS_PER_PROGRAMME = 100;
    private static final int[] INBOX_SIZES = {200, 1_000, 2_000};

    @Deployment
    static WebArchive deployment() {
        return Deployments.benchmarkOnProgrammes(InboxBenchmark.class);
    }

    @Inject
    WorkflowService workflow;
    @Inject
    FundingService funding;

    private BenchmarkProgrammes built;

    @Test
    void readingAGrowingInbox() throws Exception {
        built = new BenchmarkProgrammes("inbox");
        Actor officer = built.officer;
        String database = database();
        LoggedInHttp officersBrowser = LoggedInHttp.as(officer.username(), built.password);

        for (int size : INBOX_SIZES) {
            long setUp = System.nanoTime();
            int before = workflow.inbox(officer).size();
            while (workflow.inbox(officer).size() < size) {
                Set<String> earlier = verificationsWaiting().stream().map(WorkTask::id).collect(Collectors.toSet());
                built.allocatedProgramme("Inbox", PPS_PER_PROGRAMME, 1);
                reportOnEveryDueTranche();
                verifyAQuarterEach(verificationsWaiting().stream().filter(task -> !earlier.contains(task.id())).toList());
            }
            List<WorkTask> inbox = workflow.inbox(officer);
            List<WorkTask> approvals = inbox.stream().filter(task -> task.taskKey().equals("approveRelease")).toList();
            List<WorkTask> forAColleague = approvals.stream().filter(WorkTask::forAColleague).toList();
            assertThat(inbox.stream().filter(task -> task.taskKey().equals("verifyProgressReport"))).hasSizeGreaterThanOrEqualTo(size / 2);
            assertThat(forAColleague).as("the officer's own verifications").hasSizeGreaterThanOrEqualTo(size / 4);
            assertThat(approvals.size() - forAColleague.size()).as("the colleague's verifications").isGreaterThanOrEqualTo(size / 4);
            print("%s: inbox grown from %,d to %,d tasks (%,d approvals, %,d of them a colleague's) in %.1f s", database, before,
                    inbox.size(), approvals.size(), forAColleague.size(), (System.nanoTime() - setUp) / 1e9);

            long bestInbox = Long.MAX_VALUE;
            long bestTask = Long.MAX_VALUE;
            long bestCheck = Long.MAX_VALUE;
            long bestClaim = Long.MAX_VALUE;
            WorkTask verification = inbox.stream().filter(task -> task.taskKey().equals("verifyProgressReport")).reduce((a, b) -> b).orElseThrow();
            WorkTask theirs = forAColleague.get(forAColleague.size() - 1);
            for (int attempt = 0; attempt < 5; attempt++) {
                long start = System.nanoTime();
                int read = workflow.inbox(officer).size();
                bestInbox = Math.min(bestInbox, System.nanoTime() - start);
                assertThat(read).isEqualTo(inbox.size());
                start = System.nanoTime();
                assertThat(workflow.task(officer, verification.id())).isPresent();
                bestTask = Math.min(bestTask, System.nanoTime() - start);
                start = System.nanoTime();
                assertThat(workflow.task(officer, theirs.id()).orElseThrow().forAColleague()).isTrue();
                bestCheck = Math.min(bestCheck, System.nanoTime() - start);
                start = System.nanoTime();
                workflow.claim(officer, verification.id());
                workflow.unclaim(officer, verification.id());
                bestClaim = Math.min(bestClaim, System.nanoTime() - start);
            }
            print("%s: inbox of %,d tasks: %.0f ms (best of 5), %.0f tasks/s; one task as its form reads it: %.1f ms, an approval"
                    + " that is a colleague's: %.1f ms; taking a task on and handing it back: %.1f ms", database, inbox.size(), ms(bestInbox),
                    inbox.size() / (bestInbox / 1e9), ms(bestTask), ms(bestCheck), ms(bestClaim));
            LoggedInHttp.Timed page = officersBrowser.time("workflow/inbox.xhtml", 5);
            assertThat(page.rows()).as("fifty to a page").isEqualTo(50);
            print("%s: the inbox page of %,d tasks: %,d rows shown, %,d bytes in %.0f ms (best of 5)", database, inbox.size(), page.rows(),
                    page.bytes(), ms(page.bestNanos()));

            // What a PPS's page lists first: the officer's tasks on that PPS alone, picked out of all that wait.
            long bestFile = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 5; attempt++) {
                long start = System.nanoTime();
                List<WorkTask> onFile = workflow.tasksAbout(officer, ProcessKeys.TRANCHE_RELEASE, List.of(verification.businessKey()));
                bestFile = Math.min(bestFile, System.nanoTime() - start);
                assertThat(onFile).extracting(WorkTask::id).containsExactly(verification.id());
            }
            long pps = funding.trancheOfTask(officer, verification.id(), "verifyProgressReport").partnershipId();
            LoggedInHttp.Timed ppsPage = officersBrowser.time("partnership/detail.xhtml?id=" + pps, 5);
            assertThat(ppsPage.html()).as("the verification, to open from the page").contains("task=" + verification.id());
            print("%s: a PPS's own tasks among %,d: %.1f ms (best of 5); its page, which lists them first: %,d bytes in %.0f ms (best of 5)",
                    database, inbox.size(), ms(bestFile), ppsPage.bytes(), ms(ppsPage.bestNanos()));
        }
    }

    /** The applicant reports on every tranche due: a verification waits for a grant officer for each. */
    private void reportOnEveryDueTranche() {
        for (WorkTask task : workflow.inbox(built.applicant)) {
            if (task.taskKey().equals("submitProgressReport")) {
                funding.submitProgressReport(built.applicant, task.id(),
                        new ProgressReportSubmission(90, new BigDecimal("5.00"), 700, 32, new BigDecimal("210000.00"), "Op koers.", List.of()));
            }
        }
    }

    private List<WorkTask> verificationsWaiting() {
        return workflow.inbox(built.officer).stream().filter(task -> task.taskKey().equals("verifyProgressReport")).toList();
    }

    /** Of every four new reports, the officer verifies one and the colleague one, each asking for a second approval. */
    private void verifyAQuarterEach(List<WorkTask> waiting) {
        for (int i = 0; i + 3 < waiting.size(); i += 4) {
            verify(built.officer, waiting.get(i));
            verify(built.colleague, waiting.get(i + 1));
        }
    }

    private void verify(Actor officer, WorkTask task) {
        assertThat(funding.verify(officer, task.id(), new Verification(new BigDecimal("90"), "Bijna gehaald.")))
                .isEqualTo(TrancheStatus.AWAITING_SECOND_APPROVAL);
    }
}
