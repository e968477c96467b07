package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of workflows/change-request.bpmn: within the threshold, approved, rejected. */
@Deployment(resources = "workflows/change-request.bpmn")
class ChangeRequestProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-01T12:00:00Z")));
        Mocks.register("handlingTerms", new HandlingTerms(14, 28));
        Mocks.register("applyChangeRequestDelegate", (JavaDelegate) e -> calls.add("apply:" + e.getVariable("changeRequestId")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance request(boolean needsApproval) {
        return engine.getRuntimeService().startProcessInstanceByKey("changeRequest", "21",
                withVariables("changeRequestId", 21L, "needsApproval", needsApproval, "subject", "PPS Zorg – wijzigingsverzoek"));
    }

    @Test
    void aChangeWithinTheThresholdAppliesAtOnceWithoutAnOfficer() {
        ProcessInstance change = request(false);

        assertThat(change).isEnded().hasPassed("applyChangeRequest", "changeApplied").hasNotPassed("decideOnChangeRequest");
        assertThat(calls).containsExactly("apply:21");
    }

    @Test
    void aChangeNeedingApprovalWaitsForAGrantOfficerAndAppliesWhenApproved() {
        ProcessInstance change = request(true);

        assertThat(change).isWaitingAt("decideOnChangeRequest");
        assertThat(task(change)).hasCandidateGroup("grant-officer").hasFormKey("/funding/change-decision.xhtml")
                .hasDueDate(Date.from(Instant.parse("2027-03-15T22:59:59Z")));
        assertThat(calls).as("nothing changes before the decision").isEmpty();
        engine.getTaskService().complete(task(change).getId(), Map.of("approved", true));

        assertThat(change).isEnded().hasPassed("applyChangeRequest", "changeApplied");
        assertThat(calls).containsExactly("apply:21");
    }

    @Test
    void aRejectedChangeChangesNothing() {
        ProcessInstance change = request(true);
        engine.getTaskService().complete(task(change).getId(), Map.of("approved", false));

        assertThat(change).isEnded().hasPassed("changeRejected").hasNotPassed("applyChangeRequest");
        assertThat(calls).isEmpty();
    }
}
