package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.workflow.CasePath;
import nl.ngf.grants.workflow.CaseTrace;
import nl.ngf.grants.workflow.DecisionExplanation;
import nl.ngf.grants.workflow.DecisionMade;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of workflows/tranche-release.bpmn with the real decision table: delegates replaced by
 * recorders, timers driven by moving the engine clock, the release job run by hand.
 */
@Deployment(resources = {"workflows/tranche-release.bpmn", "workflows/tranche-decision.dmn"})
class TrancheReleaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    static final Date REMINDER = Date.from(Instant.parse("2027-08-25T07:00:00Z"));
    static final Date DEADLINE = Date.from(Instant.parse("2027-09-01T21:59:59Z"));
    static final Date NEW_DEADLINE = Date.from(Instant.parse("2027-10-01T21:59:59Z"));
    static final Date PLAN_REMINDER = Date.from(Instant.parse("2027-06-22T07:00:00Z"));
    static final Date PLAN_DEADLINE = Date.from(Instant.parse("2027-06-29T21:59:59Z"));

    ProcessEngine engine;
    private final List<String> calls = new ArrayList<>();
    /** Each corrective-action plan's task as it was created and announced to the applicants: the tranche and the due date. */
    private final List<String> announced = new ArrayList<>();
    private int releaseFailuresToGo;
    /** The decisions the engine told of, and the plan's deadline and task, in the order they came. */
    private final List<Object> order = new ArrayList<>();

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-06-01T08:00:00Z")));
        for (String delegate : List.of("sendReportReminderDelegate", "recordReportOverdueDelegate", "cancelTrancheDelegate",
                "sendPlanReminderDelegate", "recordPlanOverdueDelegate")) {
            Mocks.register(delegate, (JavaDelegate) e -> calls.add(delegate + ":" + e.getVariable("trancheId")));
        }
        Mocks.register("handlingTerms", new HandlingTerms(14, 28));
        explanations().setDecisions(order::add);
        Mocks.register("correctivePlanDeadlineListener", (ExecutionListener) e -> {
            order.add("plan deadline");
            calls.add("correctivePlanDeadlineListener:" + e.getVariable("trancheId"));
            e.setVariable("planDeadline", PLAN_DEADLINE);
            e.setVariable("planReminder", PLAN_REMINDER);
        });
        Mocks.register("planWaitingListener", (TaskListener) t -> {
            order.add("plan task");
            announced.add(t.getVariable("trancheId") + " due " + t.getDueDate().toInstant());
        });
        Mocks.register("releaseTrancheDelegate", (JavaDelegate) e -> {
            calls.add("releaseTrancheDelegate:" + e.getVariable("trancheId"));
            if (releaseFailuresToGo-- > 0) {
                throw new IllegalStateException("ledger unavailable");
            }
        });
    }

    /** The engine's DMN listener that tells of each decision (camunda.cfg.xml installs it, as the application does). */
    private DecisionExplanations explanations() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration()
                .getCustomPostDecisionTableEvaluationListeners().stream().filter(DecisionExplanations.class::isInstance)
                .map(DecisionExplanations.class::cast).findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        explanations().setDecisions(made -> { });
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance scheduleTranche(long amountCents) {
        return engine.getRuntimeService().startProcessInstanceByKey("trancheRelease", "11",
                withVariables("trancheId", 11L, "partnershipId", 3L, "subject", "PPS Zorg – tranche 1",
                        "applicantGroup", "org-katapult", "reportDeadline", DEADLINE, "reportReminder", REMINDER,
                        "trancheAmountCents", amountCents));
    }

    private void complete(ProcessInstance tranche, Map<String, Object> variables) {
        engine.getTaskService().complete(task(tranche).getId(), variables);
    }

    private void reportAndVerify(ProcessInstance tranche, double attainment) {
        assertThat(tranche).isWaitingAt("submitProgressReport");
        complete(tranche, Map.of());
        assertThat(tranche).isWaitingAt("verifyProgressReport");
        assertThat(task(tranche)).hasCandidateGroup("grant-officer");
        complete(tranche, Map.of("kpiAttainment", attainment));
    }

    private Job job(ProcessInstance tranche, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(tranche.getId()).activityId(activityId).singleResult();
    }

    private void fire(Job timer) {
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        engine.getManagementService().executeJob(timer.getId());
    }

    @Test
    void theApplicantsOrganisationReportsBeforeTheDeadline() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        assertThat(task(tranche)).hasCandidateGroup("org-katapult").hasDueDate(DEADLINE).hasFormKey("/funding/report.xhtml");
        assertThat(job(tranche, "reportReminderDue").getDuedate()).isEqualTo(REMINDER);
        assertThat(job(tranche, "reportOverdue").getDuedate()).isEqualTo(DEADLINE);
    }

    @Test
    void aMilestoneAttainedReleasesThroughTheAsynchronousReleaseStep() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 100.0);

        assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "releaseDecision")).isEqualTo("RELEASE");
        assertThat(tranche).isWaitingAt("releaseTranche");
        assertThat(calls).as("the release waits for its job").isEmpty();
        engine.getManagementService().executeJob(job(tranche, "releaseTranche").getId());

        assertThat(tranche).hasPassed("decideTrancheRelease", "releaseTranche", "trancheReleased").isEnded();
        assertThat(calls).containsExactly("releaseTrancheDelegate:11");
    }

    @Test
    void aFailingReleaseIsRetriedUntilItSucceeds() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 120.0);
        releaseFailuresToGo = 1;
        String releaseJob = job(tranche, "releaseTranche").getId();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(releaseJob)).hasMessageContaining("ledger unavailable");
        assertThat(engine.getManagementService().createJobQuery().jobId(releaseJob).singleResult().getRetries()).isEqualTo(4);
        engine.getManagementService().executeJob(releaseJob);

        assertThat(tranche).isEnded().hasPassed("trancheReleased");
        assertThat(calls).containsExactly("releaseTrancheDelegate:11", "releaseTrancheDelegate:11");
    }

    @Test
    void aPartlyAttainedMilestoneNeedsASecondApprovalThenReleases() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 90.0);

        assertThat(tranche).isWaitingAt("approveRelease");
        assertThat(task(tranche)).hasCandidateGroup("grant-officer").hasFormKey("/funding/approve.xhtml");
        complete(tranche, Map.of("approved", true));
        engine.getManagementService().executeJob(job(tranche, "releaseTranche").getId());

        assertThat(tranche).hasPassedInOrder("verifyProgressReport", "approveRelease", "releaseTranche").isEnded();
    }

    @Test
    void aGrantOfficersTasksAreDueTwoWeeksAfterTheyAppearAtTheEndOfTheDutchDay() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        complete(tranche, Map.of());
        assertThat(task(tranche)).hasDefinitionKey("verifyProgressReport")
                .hasDueDate(Date.from(Instant.parse("2027-06-15T21:59:59Z")));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-06-03T08:00:00Z")));
        complete(tranche, Map.of("kpiAttainment", 90.0));
        assertThat(task(tranche)).hasDefinitionKey("approveRelease").hasDueDate(Date.from(Instant.parse("2027-06-17T21:59:59Z")));

        complete(tranche, Map.of("approved", false));
        fire(job(tranche, "planOverdue"));
        assertThat(task(tranche)).as("the plan was overdue at 00:00 on 30 June, Dutch time").hasDefinitionKey("decideOnOverduePlan")
                .hasDueDate(Date.from(Instant.parse("2027-07-14T21:59:59Z")));
    }

    @Test
    void aLargeTrancheNeedsASecondApprovalEvenWhenTheMilestoneIsAttained() {
        ProcessInstance tranche = scheduleTranche(250_000_000L);
        reportAndVerify(tranche, 100.0);
        assertThat(tranche).isWaitingAt("approveRelease");
    }

    @Test
    void theTablesDecisionIsToldAsItIsMadeWithWhyBeforeTheCaseGoesItsWay() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 50.0);

        int version = engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("trancheReleaseDecision")
                .singleResult().getVersion();
        assertThat(order).as("the decision, with the rule that fired and what it was given, before the plan it asks for").containsExactly(
                new DecisionMade("trancheRelease", "11", "decideTrancheRelease", new DecisionExplanation(version,
                        "withholdBelowEighty", "KPI-mijlpaal voor minder dan 80% gehaald: inhouden, verbeterplan nodig",
                        Map.of("kpiAttainmentInput", 50.0, "trancheAmountInput", 10_000_000L), "WITHHOLD")),
                "plan deadline", "plan task");

        complete(tranche, Map.of());
        order.clear();
        complete(tranche, Map.of("kpiAttainment", 100.0));
        assertThat(order).as("each verification is decided again").singleElement()
                .isInstanceOfSatisfying(DecisionMade.class, made -> assertThat(made.explanation())
                        .extracting(DecisionExplanation::ruleId, DecisionExplanation::output).containsExactly("releaseAttained", "RELEASE"));
    }

    @Test
    void aRefusedSecondApprovalAsksForACorrectiveActionPlanAndANewVerification() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 85.0);
        complete(tranche, Map.of("approved", false));

        assertThat(tranche).isWaitingAt("submitCorrectiveActionPlan");
        assertThat(task(tranche)).hasCandidateGroup("org-katapult");
        complete(tranche, Map.of());
        assertThat(tranche).isWaitingAt("verifyProgressReport");
    }

    @Test
    void aWithheldTrancheNeedsACorrectiveActionPlanThenIsVerifiedAgainAndReleased() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 50.0);

        assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "releaseDecision")).isEqualTo("WITHHOLD");
        assertThat(tranche).isWaitingAt("submitCorrectiveActionPlan");
        assertThat(task(tranche)).hasFormKey("/funding/corrective.xhtml");
        complete(tranche, Map.of());
        complete(tranche, Map.of("kpiAttainment", 100.0));
        engine.getManagementService().executeJob(job(tranche, "releaseTranche").getId());

        assertThat(tranche).isEnded().hasPassed("submitCorrectiveActionPlan", "trancheReleased");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(tranche.getId())
                .activityId("verifyProgressReport").count()).isEqualTo(2);
    }

    @Test
    void theAuditorsDiagramShowsTheFlowsTakenNotEveryFlowBetweenPassedSteps() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 50.0);
        complete(tranche, Map.of());
        complete(tranche, Map.of("kpiAttainment", 90.0));
        complete(tranche, Map.of("approved", true));
        engine.getManagementService().executeJob(job(tranche, "releaseTranche").getId());

        CasePath path = trace().path();
        assertThat(path.passed()).contains("releaseDecisionGateway", "submitCorrectiveActionPlan", "approvalGateway", "releaseTranche");
        assertThat(path.flows()).as("withheld by the table, then four eyes after the plan")
                .contains("toReport", "toVerificationFromReport", "withhold", "toVerificationFromPlan", "secondApproval", "approved", "toReleased")
                .as("flows between passed steps that the case never took: the table's own release, a refused approval")
                .doesNotContain("release", "notApproved", "cancel");
    }

    @Test
    void aRefusedSecondApprovalIsDrawnAsTheWayBackToThePlan() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 85.0);
        complete(tranche, Map.of("approved", false));
        complete(tranche, Map.of());
        complete(tranche, Map.of("kpiAttainment", 100.0));
        engine.getManagementService().executeJob(job(tranche, "releaseTranche").getId());

        assertThat(trace().path().flows()).contains("secondApproval", "notApproved", "toVerificationFromPlan", "release")
                .doesNotContain("withhold", "approved");
    }

    /** The case as the auditor's timeline reads it from the engine's history. */
    private CaseTrace trace() {
        DefaultWorkflowService workflow = new DefaultWorkflowService();
        workflow.historyService = engine.getHistoryService();
        workflow.repositoryService = engine.getRepositoryService();
        return workflow.trace(workflow.cases("trancheRelease", "11").get(0));
    }

    @Test
    void theReminderGoesOutBeforeTheDeadlineAndTheReportStaysOpen() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        fire(job(tranche, "reportReminderDue"));

        assertThat(calls).containsExactly("sendReportReminderDelegate:11");
        assertThat(tranche).isWaitingAt("submitProgressReport").hasPassed("reportReminderSent");
    }

    /**
     * A delay approved after the reminder went out: the report round starts again, with the new deadline and a new
     * reminder before it (a fired reminder's timer is gone, and moving the deadline alone would leave none).
     */
    @Test
    void aReportWhoseDeadlineMovedAfterItsReminderGetsANewRoundWithAReminderBeforeTheNewDeadline() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        fire(job(tranche, "reportReminderDue"));
        String before = task(tranche).getId();
        Date newReminder = Date.from(Instant.parse("2027-09-24T07:00:00Z"));

        engine.getRuntimeService().createMessageCorrelation("trancheRescheduled").processInstanceId(tranche.getId())
                .setVariables(Map.of("reportDeadline", NEW_DEADLINE, "reportReminder", newReminder)).correlate();

        assertThat(tranche).isWaitingAt("submitProgressReport").hasPassed("reportRescheduled");
        assertThat(task(tranche).getId()).isNotEqualTo(before);
        assertThat(task(tranche)).hasCandidateGroup("org-katapult").hasDueDate(NEW_DEADLINE);
        assertThat(job(tranche, "reportReminderDue").getDuedate()).isEqualTo(newReminder);
        assertThat(job(tranche, "reportOverdue").getDuedate()).isEqualTo(NEW_DEADLINE);
        fire(job(tranche, "reportReminderDue"));
        assertThat(calls).containsExactly("sendReportReminderDelegate:11", "sendReportReminderDelegate:11");
        assertThat(tranche).isWaitingAt("submitProgressReport");
    }

    /**
     * A case not waiting for the message (past its report, or started on a version of the model without the event) is
     * told nothing and left as it is: the caller moves its timers instead.
     */
    @Test
    void aCaseThatDoesNotWaitForTheMessageIsLeftAsItIs() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        complete(tranche, Map.of());
        DefaultWorkflowService workflow = new DefaultWorkflowService();
        workflow.runtimeService = engine.getRuntimeService();

        assertThat(workflow.correlate(tranche.getId(), "trancheRescheduled", Map.of("reportDeadline", NEW_DEADLINE))).isFalse();
        assertThat(tranche).isWaitingAt("verifyProgressReport");
        assertThat(engine.getRuntimeService().getVariable(tranche.getId(), "reportDeadline")).isEqualTo(DEADLINE);
    }

    @Test
    void anOverdueReportThatIsExtendedGetsANewDeadline() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        fire(job(tranche, "reportOverdue"));

        assertThat(calls).containsExactly("recordReportOverdueDelegate:11");
        assertThat(tranche).isWaitingAt("decideOnOverdueReport");
        complete(tranche, Map.of("overdueDecision", "EXTEND", "reportDeadline", NEW_DEADLINE, "reportReminder", NEW_DEADLINE));

        assertThat(tranche).isWaitingAt("submitProgressReport");
        assertThat(task(tranche)).hasDueDate(NEW_DEADLINE);
        assertThat(job(tranche, "reportOverdue").getDuedate()).isEqualTo(NEW_DEADLINE);
    }

    @Test
    void anOverdueReportThatIsCancelledEndsTheTrancheWithoutMoney() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        fire(job(tranche, "reportOverdue"));
        complete(tranche, Map.of("overdueDecision", "CANCEL"));

        assertThat(tranche).hasPassed("cancelTranche", "trancheCancelled").hasNotPassed("releaseTranche").isEnded();
        assertThat(calls).containsExactly("recordReportOverdueDelegate:11", "cancelTrancheDelegate:11");
    }

    @Test
    void aWithheldTrancheGivesTheApplicantADeadlineForThePlanAndARemindersBeforeIt() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 50.0);

        assertThat(calls).containsExactly("correctivePlanDeadlineListener:11");
        assertThat(task(tranche)).hasDefinitionKey("submitCorrectiveActionPlan").hasCandidateGroup("org-katapult").hasDueDate(PLAN_DEADLINE);
        assertThat(job(tranche, "planOverdue").getDuedate()).isEqualTo(PLAN_DEADLINE);
        assertThat(announced).as("the applicants hear a plan is asked for, and by when").containsExactly("11 due " + PLAN_DEADLINE.toInstant());
        fire(job(tranche, "planReminderDue"));

        assertThat(calls).containsExactly("correctivePlanDeadlineListener:11", "sendPlanReminderDelegate:11");
        assertThat(tranche).isWaitingAt("submitCorrectiveActionPlan").hasPassed("planReminderSent");
        assertThat(announced).as("a reminder is no new task").hasSize(1);
    }

    @Test
    void aRefusedSecondApprovalAlsoGivesThePlanADeadline() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 85.0);
        complete(tranche, Map.of("approved", false));

        assertThat(task(tranche)).hasDefinitionKey("submitCorrectiveActionPlan").hasDueDate(PLAN_DEADLINE);
        assertThat(calls).containsExactly("correctivePlanDeadlineListener:11");
        assertThat(announced).containsExactly("11 due " + PLAN_DEADLINE.toInstant());
    }

    @Test
    void anOverduePlanThatIsExtendedGetsTheOfficersNewDeadline() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 50.0);
        fire(job(tranche, "planOverdue"));

        assertThat(calls).containsExactly("correctivePlanDeadlineListener:11", "recordPlanOverdueDelegate:11");
        assertThat(tranche).isWaitingAt("decideOnOverduePlan");
        assertThat(task(tranche)).hasCandidateGroup("grant-officer").hasFormKey("/funding/overdue-plan.xhtml");
        complete(tranche, Map.of("overdueDecision", "EXTEND", "planDeadline", NEW_DEADLINE, "planReminder", NEW_DEADLINE));

        assertThat(tranche).isWaitingAt("submitCorrectiveActionPlan");
        assertThat(task(tranche)).hasDueDate(NEW_DEADLINE);
        assertThat(job(tranche, "planOverdue").getDuedate()).isEqualTo(NEW_DEADLINE);
        assertThat(calls).as("the extension keeps the officer's date").containsOnlyOnce("correctivePlanDeadlineListener:11");
        assertThat(announced).as("the extended plan is announced with the officer's date")
                .containsExactly("11 due " + PLAN_DEADLINE.toInstant(), "11 due " + NEW_DEADLINE.toInstant());
        complete(tranche, Map.of());
        assertThat(tranche).isWaitingAt("verifyProgressReport");
    }

    @Test
    void anOverduePlanThatIsCancelledEndsTheTrancheWithoutMoney() {
        ProcessInstance tranche = scheduleTranche(10_000_000L);
        reportAndVerify(tranche, 50.0);
        fire(job(tranche, "planOverdue"));
        complete(tranche, Map.of("overdueDecision", "CANCEL"));

        assertThat(tranche).hasPassed("cancelTranche", "trancheCancelled").hasNotPassed("releaseTranche").isEnded();
        assertThat(calls).containsExactly("correctivePlanDeadlineListener:11", "recordPlanOverdueDelegate:11", "cancelTrancheDelegate:11");
        assertThat(trace().path().flows()).contains("withhold", "toRecordPlanOverdue", "cancelAfterPlan").doesNotContain("cancel");
    }
}
