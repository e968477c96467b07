package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of workflows/grant-award.bpmn on the in-memory engine, delegates replaced by recorders. */
@Deployment(resources = "workflows/grant-award.bpmn")
class GrantAwardProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;

    private final List<Long> awarded = new ArrayList<>();
    private final List<Long> rejected = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        engine = extension.getProcessEngine();
        Mocks.register("awardProgrammeDelegate", (JavaDelegate) e -> awarded.add((Long) e.getVariable("programmeId")));
        Mocks.register("rejectProgrammeDelegate", (JavaDelegate) e -> rejected.add((Long) e.getVariable("programmeId")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private static final Date DEADLINE = Date.from(Instant.parse("2027-01-15T22:59:59Z"));

    private ProcessInstance registerConditionalAward(long programmeId) {
        return engine.getRuntimeService().startProcessInstanceByKey("grantAward", String.valueOf(programmeId),
                withVariables("programmeId", programmeId, "subject", "Opschaling pps", "applicantGroup", "org-katapult",
                        "revisionDeadline", DEADLINE));
    }

    @Test
    void theApplicantOrganisationRevisesBeforeTheDeadline() {
        ProcessInstance award = registerConditionalAward(7L);

        assertThat(award).isWaitingAt("reviseConditionalAward");
        Task revise = task(award);
        assertThat(revise).hasCandidateGroup("org-katapult").hasDueDate(DEADLINE).hasFormKey("/programme/revise.xhtml");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("org-other").count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("grant-officer").count()).isZero();
    }

    @Test
    void anAssessmentThatAwardsMakesTheProgrammeAwarded() {
        ProcessInstance award = registerConditionalAward(7L);
        engine.getTaskService().complete(task(award).getId());

        assertThat(award).isWaitingAt("assessRevision");
        assertThat(task(award)).hasCandidateGroup("committee-member").hasFormKey("/programme/assess.xhtml");
        engine.getTaskService().complete(task(award).getId(), Map.of("assessmentOutcome", "AWARD"));

        assertThat(award).hasPassedInOrder("reviseConditionalAward", "assessRevision", "awardProgramme")
                .hasNotPassed("rejectProgramme").isEnded();
        assertThat(awarded).containsExactly(7L);
        assertThat(rejected).isEmpty();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(award.getId()).activityId("programmeAwarded").count()).isEqualTo(1);
    }

    @Test
    void anAssessmentThatRejectsMakesTheProgrammeRejected() {
        ProcessInstance award = registerConditionalAward(8L);
        engine.getTaskService().complete(task(award).getId());
        engine.getTaskService().complete(task(award).getId(), Map.of("assessmentOutcome", "REJECT"));

        assertThat(award).hasPassed("rejectProgramme").hasNotPassed("awardProgramme").isEnded();
        assertThat(rejected).containsExactly(8L);
        assertThat(awarded).isEmpty();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(award.getId()).activityId("programmeRejected").count()).isEqualTo(1);
    }

    @Test
    void anAssessmentWithoutAKnownOutcomeIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance award = registerConditionalAward(9L);
        engine.getTaskService().complete(task(award).getId());
        String assessTask = task(award).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(assessTask, Map.of("assessmentOutcome", "MAYBE")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(award).isWaitingAt("assessRevision");
        assertThat(awarded).isEmpty();
        assertThat(rejected).isEmpty();
    }

    @Test
    void historyIsKeptForFiveYearsAfterTheCaseCloses() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("grantAward").singleResult();
        assertThat(definition.getHistoryTimeToLive()).isGreaterThanOrEqualTo(5 * 365 + 1);
    }
}
