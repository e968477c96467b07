package nl.ngf.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded engine as configured inside Liberty: history, ids, variables, and its job executor. */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class EngineIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(EngineIT.class, EngineIT.ContextProbe.class, EngineIT.TxProbe.class, EngineIT.TxJoiner.class, ItDatabase.class);
    }

    /** Called by an asynchronous step: records what the job's thread can reach. */
    @Named("contextProbe")
    @ApplicationScoped
    public static class ContextProbe {
        private final Map<String, String> seen = new ConcurrentHashMap<>();
        private final Map<String, CountDownLatch> ran = new ConcurrentHashMap<>();

        public void record(DelegateExecution execution) throws Exception {
            Object executor = new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
            seen.put(execution.getBusinessKey(), Thread.currentThread().getName() + " jndi=" + (executor != null));
            latch(execution.getBusinessKey()).countDown();
        }

        /** Methods, not fields: the test holds a client proxy, whose own fields stay empty. */
        public String awaitRun(String businessKey, Duration timeout) throws InterruptedException {
            return latch(businessKey).await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? seen.get(businessKey) : null;
        }

        private CountDownLatch latch(String businessKey) {
            return ran.computeIfAbsent(businessKey, k -> new CountDownLatch(1));
        }
    }

    /** Compares the engine's transaction with the one a @Transactional bean joins. */
    @Named("txProbe")
    @ApplicationScoped
    public static class TxProbe {
        @Inject
        TxJoiner joiner;

        private final Map<String, String> results = new ConcurrentHashMap<>();

        public void check(DelegateExecution execution) throws Exception {
            jakarta.transaction.TransactionManager tm = (jakarta.transaction.TransactionManager)
                    new InitialContext().lookup("java:comp/TransactionManager");
            Object engineTx = tm.getTransaction();
            String joined;
            try {
                joined = joiner.transactionOf(tm) == engineTx && engineTx != null ? "joined" : "separate";
            } catch (RuntimeException e) {
                joined = "refused: " + e.getMessage();
            }
            results.put(execution.getBusinessKey(), joined);
        }

        public String result(String businessKey) {
            return results.get(businessKey);
        }
    }

    @ApplicationScoped
    public static class TxJoiner {
        @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
        public Object transactionOf(jakarta.transaction.TransactionManager tm) throws Exception {
            return tm.getTransaction();
        }
    }

    @Inject
    TxProbe txProbe;

    @Test
    void delegatesRunInTheEnginesTransactionAndBeansJoinIt() {
        String key = deploy(Bpmn.createExecutableProcess("engineProbeTx").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("tx").camundaExpression("${txProbe.check(execution)}").endEvent().done());
        String businessKey = UUID.randomUUID().toString();
        runtimeService.startProcessInstanceByKey(key, businessKey);
        assertThat(txProbe.result(businessKey)).isEqualTo("joined");
    }

    @Test
    void jobsRunInATransactionThatBeansJoin() throws Exception {
        String key = deploy(Bpmn.createExecutableProcess("engineProbeAsyncTx").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("tx").camundaAsyncBefore().camundaExpression("${txProbe.check(execution)}")
                .serviceTask("probe").camundaExpression("${contextProbe.record(execution)}").endEvent().done());
        String businessKey = UUID.randomUUID().toString();
        runtimeService.startProcessInstanceByKey(key, businessKey);

        assertThat(probe.awaitRun(businessKey, Duration.ofSeconds(60))).isNotNull();
        assertThat(txProbe.result(businessKey)).isEqualTo("joined");
    }

    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    HistoryService historyService;

    @Inject
    ContextProbe probe;

    @Test
    void theTrancheDecisionTableIsDeployedAndDecides() {
        var result = engine.getDecisionService().evaluateDecisionTableByKey("trancheReleaseDecision")
                .variables(java.util.Map.of("kpiAttainment", 92.5, "trancheAmountCents", 25_000_000L)).evaluate();
        assertThat((String) result.getSingleEntry()).isEqualTo("RELEASE_AFTER_SECOND_APPROVAL");
    }

    @Test
    void theEngineKeepsFullHistoryWithUuidIds() {
        assertThat(((ProcessEngineImpl) engine).getProcessEngineConfiguration().getHistory()).isEqualTo("full");
        assertThat(historyService.findHistoryCleanupJobs()).as("history past its time-to-live is cleaned up on a schedule")
                .isNotEmpty().allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKeyIn("grantAward", "trancheRelease", "changeRequest").list())
                .as("a closed case's history is kept five years").isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(1827));
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("trancheReleaseDecision").list())
                .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(1827));
        String key = deploy(Bpmn.createExecutableProcess("engineProbeWait").camundaHistoryTimeToLive(1)
                .startEvent().userTask("wait").endEvent().done());
        String id = runtimeService.startProcessInstanceByKey(key).getId();

        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id).list()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void serializedJavaObjectsAreRefusedAsVariables() {
        String key = deploy(Bpmn.createExecutableProcess("engineProbeVariables").camundaHistoryTimeToLive(1)
                .startEvent().userTask("wait").endEvent().done());
        String id = runtimeService.startProcessInstanceByKey(key).getId();

        assertThatThrownBy(() -> runtimeService.setVariable(id, "entity", new ArrayList<>(List.of(new StringBuilder("x")))))
                .isInstanceOf(ProcessEngineException.class);
        runtimeService.setVariable(id, "programmeId", 42L);
        assertThat(runtimeService.getVariable(id, "programmeId")).isEqualTo(42L);
    }

    @Test
    void asynchronousStepsRunOnLibertysManagedThreadsWithTheirContext() throws Exception {
        String key = deploy(Bpmn.createExecutableProcess("engineProbeAsync").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("probe").camundaAsyncBefore().camundaExpression("${contextProbe.record(execution)}")
                .endEvent().done());
        String businessKey = UUID.randomUUID().toString();
        runtimeService.startProcessInstanceByKey(key, businessKey);

        assertThat(probe.awaitRun(businessKey, Duration.ofSeconds(60)))
                .as("the job executor ran the asynchronous step, on a thread that reaches JNDI")
                .isNotNull().endsWith("jndi=true");
    }

    private String deploy(BpmnModelInstance model) {
        String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
        repositoryService.createDeployment().name("engine-it").enableDuplicateFiltering(true)
                .addModelInstance(key + ".bpmn", model).deploy();
        return key;
    }
}
