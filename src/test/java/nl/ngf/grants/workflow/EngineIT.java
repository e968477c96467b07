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

    @Inject
    WorkflowService workflow;

    @Inject
    nl.ngf.grants.identity.IdentityService identity;

    @Inject
    org.camunda.bpm.engine.TaskService taskService;

    /**
     * The administrator reads the decision table each release decision is checked against: the version that decides
     * now, as the engine has it deployed, and its rules in the order the table tries them, with their conditions.
     */
    @Test
    void anAdministratorReadsTheDecisionTableThatDecidesNowRuleByRule() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        nl.ngf.grants.identity.Actor administrator = newUser("tabel-beheer-" + run, nl.ngf.grants.identity.Role.ADMINISTRATOR);
        nl.ngf.grants.identity.Actor officer = newUser("tabel-adviseur-" + run, nl.ngf.grants.identity.Role.GRANT_OFFICER);

        List<DecisionTableVersion> tables = workflow.decisionTableVersions(administrator);
        DecisionTableVersion deciding = tables.get(tables.size() - 1);
        assertThat(tables).filteredOn(DecisionTableVersion::latest).containsExactly(deciding);
        assertThat(deciding.version()).isEqualTo(repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey("trancheReleaseDecision").latestVersion().singleResult().getVersion());
        assertThat(deciding.deployedAt()).isNotNull();
        assertThat(deciding.inputs()).as("the tranche's amount is the input in euro cents")
                .extracting(DecisionTableVersion.Input::id, DecisionTableVersion.Input::euroCents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kpiAttainmentInput", false),
                        org.assertj.core.groups.Tuple.tuple("trancheAmountInput", true));
        assertThat(deciding.rules()).extracting(DecisionTableVersion.Rule::id, DecisionTableVersion.Rule::conditions, DecisionTableVersion.Rule::output)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("withholdBelowEighty", List.of("< 80", ""), "WITHHOLD"),
                        org.assertj.core.groups.Tuple.tuple("secondApprovalLargeTranche", List.of("", "> 100000000"), "RELEASE_AFTER_SECOND_APPROVAL"),
                        org.assertj.core.groups.Tuple.tuple("secondApprovalPartlyAttained", List.of("< 100", ""), "RELEASE_AFTER_SECOND_APPROVAL"),
                        org.assertj.core.groups.Tuple.tuple("releaseAttained", List.of("", ""), "RELEASE"));
        assertThat(deciding.rules().get(0).description()).as("the explanation each decision of the rule keeps")
                .isEqualTo("KPI-mijlpaal voor minder dan 80% gehaald: inhouden, verbeterplan nodig");
        assertThatThrownBy(() -> workflow.decisionTableVersions(officer)).isInstanceOf(nl.ngf.grants.shared.NotAllowedException.class);
    }

    /** A new user with this role, as the services take them. */
    private nl.ngf.grants.identity.Actor newUser(String username, nl.ngf.grants.identity.Role role) {
        identity.createUser(username, "Gebruiker", "geheim-geheim-" + UUID.randomUUID(), null, java.util.Set.of(role));
        return identity.actor(username).orElseThrow();
    }

    /**
     * A new version of a model leaves running cases on theirs; the administrator moves them to the latest,
     * each waiting where it waited. Cases that would lose their step stay where they are, all of them.
     */
    @Test
    void anAdministratorMovesRunningCasesToTheLatestVersionOfTheirModel() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        nl.ngf.grants.identity.Actor administrator = newUser("engine-beheer-" + run, nl.ngf.grants.identity.Role.ADMINISTRATOR);
        nl.ngf.grants.identity.Actor officer = newUser("engine-adviseur-" + run, nl.ngf.grants.identity.Role.GRANT_OFFICER);

        // A change request waiting for a grant officer, on the version the application deployed. It names no real
        // change request, so it is deleted at the end: the officers' inboxes of the other tests never see it.
        String caseId = runtimeService.startProcessInstanceByKey(ProcessKeys.CHANGE_REQUEST, "engine-it-" + run,
                Map.of("needsApproval", true)).getId();
        try {
            movesToTheLatestVersion(caseId, administrator, officer, run);
        } finally {
            runtimeService.deleteProcessInstance(caseId, "EngineIT: a probe, not a real change request");
        }
    }

    private void movesToTheLatestVersion(String caseId, nl.ngf.grants.identity.Actor administrator, nl.ngf.grants.identity.Actor officer,
                                         String run) {
        String deployed = definitionOf(caseId);
        int version = repositoryService.getProcessDefinition(deployed).getVersion();

        // A new version of the model with the same steps (only its version tag differs).
        deployChangeRequest(run + "-same-steps");
        assertThat(definitionOf(caseId)).as("a new version leaves running cases alone").isEqualTo(deployed);
        List<ModelVersion> versions = workflow.modelVersions(administrator);
        assertThat(versions).filteredOn(v -> v.definitionId().equals(deployed)).singleElement().satisfies(v -> {
            assertThat(v.latest()).isFalse();
            assertThat(v.runningCases()).isPositive();
        });
        ModelVersion latest = versions.stream().filter(v -> v.processKey().equals(ProcessKeys.CHANGE_REQUEST) && v.latest())
                .findFirst().orElseThrow();
        assertThat(latest.version()).isEqualTo(version + 1);
        assertThat(versions).extracting(ModelVersion::processKey).as("each of the application's models has a latest version")
                .contains(ProcessKeys.GRANT_AWARD, ProcessKeys.TRANCHE_RELEASE, ProcessKeys.CHANGE_REQUEST);

        assertThatThrownBy(() -> workflow.modelVersions(officer)).isInstanceOf(nl.ngf.grants.shared.NotAllowedException.class);
        assertThatThrownBy(() -> workflow.migrateToLatest(officer, deployed)).isInstanceOf(nl.ngf.grants.shared.NotAllowedException.class);
        assertThat(definitionOf(caseId)).isEqualTo(deployed);

        long waiting = runtimeService.createProcessInstanceQuery().processDefinitionId(deployed).count();
        assertThat(workflow.migrateToLatest(administrator, deployed)).isEqualTo((int) waiting);
        assertThat(definitionOf(caseId)).isEqualTo(latest.definitionId());
        assertThat(taskService.createTaskQuery().processInstanceId(caseId).singleResult()).as("waiting at the same step")
                .satisfies(task -> {
                    assertThat(task.getTaskDefinitionKey()).isEqualTo("decideOnChangeRequest");
                    assertThat(task.getProcessDefinitionId()).isEqualTo(latest.definitionId());
                });
        assertThat(workflow.modelVersions(administrator)).noneMatch(v -> v.definitionId().equals(deployed));
        assertThat(historyService.createUserOperationLogQuery().operationType("Migrate").userId(administrator.username()).count())
                .as("the engine's operation log names who moved the cases").isPositive();
        refused(() -> workflow.migrateToLatest(administrator, deployed), "migration.nothingRunning");
        refused(() -> workflow.migrateToLatest(administrator, latest.definitionId()), "migration.alreadyLatest");
        refused(() -> workflow.migrateToLatest(administrator, "no-such-definition"), "migration.unknown");

        // A version without the step the case waits at: nothing moves.
        deploy(Bpmn.createExecutableProcess(ProcessKeys.CHANGE_REQUEST).camundaHistoryTimeToLive(1827).camundaVersionTag(run + "-other")
                .startEvent().userTask("somethingElse").camundaCandidateGroups("grant-officer").endEvent().done());
        // The refusal names the step the cases wait at, which the new version lacks, and is the administrator's
        // message, not an error of the engine's in the server's log.
        List<java.util.logging.LogRecord> engineErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler errors = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord entry) {
                if (entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    engineErrors.add(entry);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger engineLog = java.util.logging.Logger.getLogger("org.camunda.bpm.engine");
        engineLog.addHandler(errors);
        try {
            assertThatThrownBy(() -> workflow.migrateToLatest(administrator, latest.definitionId()))
                    .isInstanceOfSatisfying(StepsMissingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("migration.stepsMissing");
                        assertThat(e.stepIds()).containsExactly("decideOnChangeRequest");
                        assertThat(e.arguments()).as("from, to, the steps as the model names them, the cases waiting there, how many steps")
                                .containsExactly(version + 1, version + 2, "‘Decide on the change request’", (int) waiting, 1);
                    });
        } finally {
            engineLog.removeHandler(errors);
        }
        assertThat(engineErrors).extracting(java.util.logging.LogRecord::getMessage).as("the engine's log").isEmpty();
        assertThat(definitionOf(caseId)).isEqualTo(latest.definitionId());

        // The application's own model is the latest again, and the case moves on to it.
        String restored = deployChangeRequest(run + "-restored");
        workflow.migrateToLatest(administrator, latest.definitionId());
        assertThat(definitionOf(caseId)).isEqualTo(restored);
    }

    private String definitionOf(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getProcessDefinitionId();
    }

    /** Deploys the application's change-request model again under a version tag; returns the new definition's id. */
    private String deployChangeRequest(String versionTag) {
        BpmnModelInstance model = Bpmn.readModelFromStream(Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("workflows/change-request.bpmn"));
        model.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(ProcessKeys.CHANGE_REQUEST).setCamundaVersionTag(versionTag);
        deploy(model);
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.CHANGE_REQUEST).latestVersion()
                .singleResult().getId();
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(nl.ngf.grants.shared.DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private String deploy(BpmnModelInstance model) {
        String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
        repositoryService.createDeployment().name("engine-it").enableDuplicateFiltering(true)
                .addModelInstance(key + ".bpmn", model).deploy();
        return key;
    }
}
