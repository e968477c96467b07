package nl.ngf.grants.workflow.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import nl.ngf.grants.database.DatabaseProduct;
import nl.ngf.grants.database.StartupLock;
import nl.ngf.grants.workflow.DecisionMade;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.engine.impl.variable.serializer.JavaObjectSerializer;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the application-managed engine at start-up and closes it at shutdown. The engine runs in
 * the container's JTA transactions over the application's DataSource; it creates its own schema,
 * one server at a time ({@link StartupLock}), but starts on no schema older than itself ({@link EngineSchemaVersion}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineStartup {

    private static final Logger LOG = Logger.getLogger(ProcessEngineStartup.class.getName());

    @Resource(lookup = "jdbc/ngf")
    DataSource dataSource;

    @Resource(lookup = "concurrent/ngfJobs")
    ManagedExecutorService jobExecutorService;

    @Resource(lookup = "concurrent/ngfThreads")
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "ngf.engine.history-level", defaultValue = "full")
    String historyLevel;

    /** When the engine removes history past its removal time (5 years after its file closed). */
    @Inject
    @ConfigProperty(name = "ngf.engine.history-cleanup-window", defaultValue = "01:00-05:00")
    String historyCleanupWindow;

    /** Days the engine keeps a finished case's history; five years (with leap days) at the least. */
    @Inject
    @ConfigProperty(name = "ngf.engine.history-time-to-live-days", defaultValue = "1827")
    int historyTimeToLiveDays;

    static final int MIN_HISTORY_TIME_TO_LIVE_DAYS = 1827;

    @Inject
    @ConfigProperty(name = "ngf.engine.job-executor.active", defaultValue = "true")
    boolean jobExecutorActive;

    @Inject
    @ConfigProperty(name = "ngf.engine.job-executor.pool-size", defaultValue = "3")
    int jobExecutorPoolSize;

    /**
     * The longest an idle job executor waits before it looks for due jobs again (a timer that fell due, a step made due
     * again): Camunda's own minute by default; the integration tests look every second.
     */
    @Inject
    @ConfigProperty(name = "ngf.engine.job-executor.max-wait-seconds", defaultValue = "60")
    int jobExecutorMaxWaitSeconds;

    /** The due dates of officers' and the committee's tasks; a term out of range stops the start-up. */
    @Inject
    HandlingTerms handlingTerms;

    @Inject
    Event<DecisionMade> decisions;

    @Inject
    StartupLock startupLock;

    private ProcessEngine processEngine;

    @PostConstruct
    void start() {
        handlingTerms.check();
        EngineSettings.checkJobExecutor(jobExecutorPoolSize, jobExecutorMaxWaitSeconds);
        if (historyTimeToLiveDays < MIN_HISTORY_TIME_TO_LIVE_DAYS) {
            throw new IllegalStateException("ngf.engine.history-time-to-live-days is " + historyTimeToLiveDays
                    + ", but a closed case's history must be kept at least " + MIN_HISTORY_TIME_TO_LIVE_DAYS + " days (5 years)");
        }
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration() {
            @Override
            protected void initSerialization() {
                super.initSerialization();
                // No Java serialization of variables at all: the engine would otherwise serialize any
                // Serializable it is given. Process variables hold ids and simple values only.
                variableSerializers.removeSerializer(variableSerializers.getSerializerByName(JavaObjectSerializer.NAME));
            }
        };
        configuration.setProcessEngineName("ngf-grants");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(new ContainerTransactionManager(
                lookup("java:comp/TransactionManager", TransactionManager.class)));
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory(historyLevel);
        configuration.setIdGenerator(new StrongUuidGenerator());
        // Nor may a caller hand in a value already serialized in Java's format.
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setCustomPostVariableSerializers(new ArrayList<>(List.of(new TransientValueSerializer())));
        configuration.setEnforceHistoryTimeToLive(true);
        // History is kept from a file's closure on, not from each case's end (see RemovalAtClosure).
        configuration.setHistoryRemovalTimeProvider(new RemovalAtClosure());
        // A batch window makes the engine schedule its history cleanup job at start-up.
        String[] window = EngineSettings.cleanupWindow(historyCleanupWindow);
        configuration.setHistoryCleanupBatchWindowStartTime(window[0]);
        configuration.setHistoryCleanupBatchWindowEndTime(window[1]);
        configuration.setBeans(new CdiBeanMap());
        // A failed step (a timer, an asynchronous step) is tried again three times, five minutes apart, rather than three
        // times at once, which a passing cause outlasts; then it waits for an administrator under Storingen. The payment
        // step has its own cycle in the model.
        configuration.setFailedJobRetryTimeCycle("R3/PT5M");
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(jobExecutorService, threadFactory, jobExecutorPoolSize);
        jobExecutor.setMaxWait(jobExecutorMaxWaitSeconds * 1000L);
        jobExecutor.setWaitTimeInMillis((int) Math.min(jobExecutor.getWaitTimeInMillis(), jobExecutor.getMaxWait()));
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(jobExecutorActive);
        configuration.setMetricsEnabled(false);
        // The application hears of each decision a case's table makes as it is made (DecisionExplanations, DecisionMade).
        DecisionExplanations explanations = new DecisionExplanations();
        explanations.setDecisions(decisions::fire);
        DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setCustomPostDecisionTableEvaluationListeners(new ArrayList<>(List.of(explanations)));
        configuration.setDmnEngineConfiguration(dmn);

        // The engine's tables, its installation record and its history cleanup job, and the models' versions, made by one
        // server at a time: of two that start together against a new database, the second finds them made.
        DeploymentWithDefinitions deployment = startupLock.holding("the process engine's tables and models", () -> {
            refuseOlderEngineTables();
            processEngine = configuration.buildProcessEngine();
            DeploymentWithDefinitions deployed = WorkflowModels.deploy(processEngine.getRepositoryService());
            applyHistoryTimeToLive(processEngine.getRepositoryService());
            return deployed;
        });
        int newDefinitions = deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size();
        LOG.info(() -> "Process engine started (history " + historyLevel + "); deployment " + deployment.getId()
                + " brought " + newDefinitions + " new process definition version(s)");
    }

    /** Before the engine starts (and its job executor with it): not on tables older than the engine, see {@link EngineSchemaVersion}. */
    private void refuseOlderEngineTables() {
        List<String> schemaLog = new ArrayList<>();
        String databaseType;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            databaseType = DatabaseProduct.isPostgres(connection) ? "postgres" : "h2";
            if (hasTable(metadata, "ACT_GE_SCHEMA_LOG")) {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("select VERSION_ from ACT_GE_SCHEMA_LOG")) {
                    while (rs.next()) {
                        schemaLog.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The process engine's schema log could not be read", e);
        }
        EngineSchemaVersion.refusal(schemaLog, ProductPropertiesUtil.getProductVersion(), databaseType,
                script -> ProcessEngine.class.getClassLoader().getResource(script) != null).ifPresent(refusal -> {
                    throw new IllegalStateException(refusal);
                });
    }

    private static boolean hasTable(DatabaseMetaData metadata, String name) throws SQLException {
        for (String spelling : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = metadata.getTables(null, null, spelling, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every version of our models and decision tables keeps history as long as configured. */
    private void applyHistoryTimeToLive(RepositoryService repository) {
        repository.createProcessDefinitionQuery().processDefinitionKeyIn(WorkflowModels.PROCESS_KEYS.toArray(String[]::new)).list().stream()
                .filter(d -> !Integer.valueOf(historyTimeToLiveDays).equals(d.getHistoryTimeToLive()))
                .forEach(d -> repository.updateProcessDefinitionHistoryTimeToLive(d.getId(), historyTimeToLiveDays));
        repository.createDecisionDefinitionQuery().list().stream()
                .filter(d -> WorkflowModels.DECISION_KEYS.contains(d.getKey()))
                .filter(d -> !Integer.valueOf(historyTimeToLiveDays).equals(d.getHistoryTimeToLive()))
                .forEach(d -> repository.updateDecisionDefinitionHistoryTimeToLive(d.getId(), historyTimeToLiveDays));
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("Nothing at " + name, e);
        }
    }

    public ProcessEngine processEngine() {
        return processEngine;
    }

    /** Days a closed file's cases are kept after its closure. */
    public int historyTimeToLiveDays() {
        return historyTimeToLiveDays;
    }

    /** True when the job executor runs, or when it was switched off on purpose by configuration. */
    public boolean isJobExecutorActive() {
        return !jobExecutorActive || processEngine != null && ((org.camunda.bpm.engine.impl.ProcessEngineImpl) processEngine)
                .getProcessEngineConfiguration().getJobExecutor().isActive();
    }

    @PreDestroy
    void stop() {
        if (processEngine != null) {
            processEngine.close();
            // Liberty keeps an undeployed application's singleton reachable for a while (Jakarta
            // Security's per-module cache, H2's cleaner thread); without this reference the engine
            // and its model caches are not kept with it.
            processEngine = null;
            LOG.info("Process engine closed");
        }
    }
}
