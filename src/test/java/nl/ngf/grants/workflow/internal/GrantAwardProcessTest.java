package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
 * Every path of workflows/grant-award.bpmn on the in-memory engine: delegates replaced by recorders,
 * timers driven by moving the engine clock.
 */
@Deployment(resources = "workflows/grant-award.bpmn")
class GrantAwardProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    static final Instant REGISTERED = Instant.parse("2026-11-27T09:00:00Z");
    static final Date REMINDER = Date.from(Instant.parse("2027-01-01T08:00:00Z"));
    static final Date DEADLINE = Date.from(Instant.parse("2027-01-08T22:59:59Z"));
    static final Date NEW_REMINDER = Date.from(Instant.parse("2027-01-22T08:00:00Z"));
    static final Date NEW_DEADLINE = Date.from(Instant.parse("2027-01-29T22:59:59Z"));

    ProcessEngine engine;
    private final List<String> calls = new ArrayList<>();
    /** Each revision task as it was created and announced to the applicants: the programme and the task's due date. */
    private final List<String> announced = new ArrayList<>();

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(REGISTERED));
        for (String delegate : List.of("sendRevisionReminderDelegate", "recordDeadlinePassedDelegate", "withdrawAwardDelegate",
                "awardProgrammeDelegate", "rejectProgrammeDelegate", "startTrancheReleasesDelegate")) {
            Mocks.register(delegate, (JavaDelegate) e -> calls.add(delegate + ":" + e.getVariable("programmeId")));
        }
        Mocks.register("handlingTerms", new HandlingTerms(14, 28));
        Mocks.register("revisionWaitingListener", (TaskListener) t -> announced.add(t.getVariable("programmeId") + " due "
                + t.getDueDate().toInstant()));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance registerConditionalAward() {
        return engine.getRuntimeService().startProcessInstanceByKey("grantAward", "7",
                withVariables("programmeId", 7L, "subject", "Opschaling pps", "applicantGroup", "org-katapult",
                        "revisionDeadline", DEADLINE, "revisionReminder", REMINDER));
    }

    private void complete(ProcessInstance award, Map<String, Object> variables) {
        engine.getTaskService().complete(task(award).getId(), variables);
    }

    private void submitRevision(ProcessInstance award) {
        assertThat(award).isWaitingAt("reviseConditionalAward");
        complete(award, Map.of());
    }

    private Job timer(ProcessInstance award, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(award.getId())
                .timers().activityId(activityId).singleResult();
    }

    private void fire(Job timer) {
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        engine.getManagementService().executeJob(timer.getId());
    }

    @Test
    void theApplicantOrganisationRevisesWithADeadlineAndAReminder() {
        ProcessInstance award = registerConditionalAward();

        assertThat(award).isWaitingAt("reviseConditionalAward");
        assertThat(task(award)).hasCandidateGroup("org-katapult").hasDueDate(DEADLINE).hasFormKey("/programme/revise.xhtml");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("grant-officer").count()).isZero();
        assertThat(timer(award, "revisionReminderDue").getDuedate()).isEqualTo(REMINDER);
        assertThat(timer(award, "revisionDeadlinePassed").getDuedate()).isEqualTo(DEADLINE);
        assertThat(announced).as("the applicants hear of the task and its deadline").containsExactly("7 due " + DEADLINE.toInstant());
    }

    @Test
    void aCompleteRevisionAwardedInFullEndsAwarded() {
        ProcessInstance award = registerConditionalAward();
        submitRevision(award);

        assertThat(award).isWaitingAt("checkCompleteness");
        assertThat(task(award)).hasCandidateGroup("grant-officer").hasFormKey("/programme/completeness.xhtml")
                .as("an officer's check is due two weeks later").hasDueDate(Date.from(Instant.parse("2026-12-11T22:59:59Z")));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(award.getId()).count())
                .as("a submitted revision cancels its reminder and deadline").isZero();
        ClockUtil.setCurrentTime(Date.from(REGISTERED.plus(Duration.ofDays(2))));
        complete(award, Map.of("revisionComplete", true));

        assertThat(award).isWaitingAt("assessRevision");
        assertThat(task(award)).hasCandidateGroup("committee-member").hasFormKey("/programme/assess.xhtml")
                .as("the committee has four weeks from when the check passed").hasDueDate(Date.from(Instant.parse("2026-12-27T22:59:59Z")));
        complete(award, Map.of("assessmentOutcome", "AWARD"));

        assertThat(calls).containsExactly("awardProgrammeDelegate:7");
        assertThat(award).isWaitingAt("allocateAwardedAmount");
        assertThat(task(award)).hasCandidateGroup("grant-officer").hasFormKey("/partnership/allocate.xhtml");
        complete(award, Map.of());

        assertThat(calls).as("the allocation starts the tranches").containsExactly("awardProgrammeDelegate:7", "startTrancheReleasesDelegate:7");
        assertThat(award).hasPassedInOrder("reviseConditionalAward", "checkCompleteness", "assessRevision", "awardProgramme",
                "allocateAwardedAmount", "startTrancheReleases").isEnded().hasPassed("programmeAwarded");
    }

    @Test
    void aRejectionEndsRejected() {
        ProcessInstance award = registerConditionalAward();
        submitRevision(award);
        complete(award, Map.of("revisionComplete", true));
        complete(award, Map.of("assessmentOutcome", "REJECT"));

        assertThat(award).hasPassed("rejectProgramme", "programmeRejected").hasNotPassed("awardProgramme").isEnded();
        assertThat(calls).containsExactly("rejectProgrammeDelegate:7");
    }

    @Test
    void anIncompleteRevisionGoesBackToTheApplicantWithANewDeadline() {
        ProcessInstance award = registerConditionalAward();
        submitRevision(award);
        complete(award, Map.of("revisionComplete", false, "revisionDeadline", NEW_DEADLINE, "revisionReminder", NEW_REMINDER));

        assertThat(award).isWaitingAt("reviseConditionalAward");
        assertThat(task(award)).hasCandidateGroup("org-katapult").hasDueDate(NEW_DEADLINE);
        assertThat(timer(award, "revisionDeadlinePassed").getDuedate()).isEqualTo(NEW_DEADLINE);

        submitRevision(award);
        complete(award, Map.of("revisionComplete", true));
        complete(award, Map.of("assessmentOutcome", "AWARD"));
        assertThat(award).isWaitingAt("allocateAwardedAmount");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(award.getId())
                .activityId("reviseConditionalAward").count()).isEqualTo(2);
        assertThat(announced).as("each round is announced with its own deadline")
                .containsExactly("7 due " + DEADLINE.toInstant(), "7 due " + NEW_DEADLINE.toInstant());
    }

    @Test
    void theCommitteeAsksForAnotherRoundTwiceAndThenAwards() {
        ProcessInstance award = registerConditionalAward();
        for (int round = 1; round <= 2; round++) {
            submitRevision(award);
            complete(award, Map.of("revisionComplete", true));
            complete(award, Map.of("assessmentOutcome", "REVISE_AGAIN", "revisionDeadline", NEW_DEADLINE, "revisionReminder", NEW_REMINDER));
            assertThat(award).isWaitingAt("reviseConditionalAward");
        }
        submitRevision(award);
        complete(award, Map.of("revisionComplete", true));
        complete(award, Map.of("assessmentOutcome", "AWARD"));

        assertThat(award).isWaitingAt("allocateAwardedAmount").hasPassed("awardProgramme");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(award.getId())
                .activityId("assessRevision").count()).isEqualTo(3);
        assertThat(announced).as("the first round and the two the committee asked for")
                .containsExactly("7 due " + DEADLINE.toInstant(), "7 due " + NEW_DEADLINE.toInstant(), "7 due " + NEW_DEADLINE.toInstant());
    }

    @Test
    void theReminderGoesOutBeforeTheDeadlineAndTheTaskStays() {
        ProcessInstance award = registerConditionalAward();
        fire(timer(award, "revisionReminderDue"));

        assertThat(calls).containsExactly("sendRevisionReminderDelegate:7");
        assertThat(award).isWaitingAt("reviseConditionalAward").hasPassed("revisionReminderSent");
        assertThat(timer(award, "revisionDeadlinePassed")).isNotNull();
        assertThat(timer(award, "revisionReminderDue")).as("one reminder per round").isNull();
        assertThat(announced).as("a reminder is no new task").hasSize(1);
    }

    @Test
    void anExpiredDeadlineThatIsExtendedGivesTheApplicantANewDeadline() {
        ProcessInstance award = registerConditionalAward();
        fire(timer(award, "revisionDeadlinePassed"));

        assertThat(calls).containsExactly("recordDeadlinePassedDelegate:7");
        assertThat(award).isWaitingAt("decideOnExpiredDeadline");
        assertThat(task(award)).hasCandidateGroup("grant-officer").hasFormKey("/programme/expired-deadline.xhtml");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("org-katapult").count()).isZero();

        complete(award, Map.of("deadlineDecision", "EXTEND", "revisionDeadline", NEW_DEADLINE, "revisionReminder", NEW_REMINDER));

        assertThat(award).isWaitingAt("reviseConditionalAward");
        assertThat(task(award)).hasDueDate(NEW_DEADLINE);
        assertThat(timer(award, "revisionDeadlinePassed").getDuedate()).isEqualTo(NEW_DEADLINE);
        assertThat(timer(award, "revisionReminderDue").getDuedate()).isEqualTo(NEW_REMINDER);
        assertThat(announced).as("the extended deadline is announced as a new task")
                .containsExactly("7 due " + DEADLINE.toInstant(), "7 due " + NEW_DEADLINE.toInstant());
    }

    @Test
    void anExpiredDeadlineThatIsWithdrawnEndsTheCase() {
        ProcessInstance award = registerConditionalAward();
        fire(timer(award, "revisionDeadlinePassed"));
        complete(award, Map.of("deadlineDecision", "WITHDRAW"));

        assertThat(award).hasPassed("withdrawAward", "awardWithdrawn").isEnded();
        assertThat(calls).containsExactly("recordDeadlinePassedDelegate:7", "withdrawAwardDelegate:7");
    }

    @Test
    void anAssessmentWithoutAKnownOutcomeIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance award = registerConditionalAward();
        submitRevision(award);
        complete(award, Map.of("revisionComplete", true));
        String assessTask = task(award).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(assessTask, Map.of("assessmentOutcome", "MAYBE")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(award).isWaitingAt("assessRevision");
        assertThat(calls).isEmpty();
    }

    @Test
    void historyIsKeptForFiveYearsAfterTheCaseCloses() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("grantAward").singleResult();
        assertThat(definition.getHistoryTimeToLive()).isGreaterThanOrEqualTo(5 * 365 + 1);
    }
}
