package nl.ngf.grants.workflow.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.ProcessEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the engine is built, its models are deployed and its job executor runs (if enabled). */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    @EJB
    ProcessEngineStartup startup;

    @Override
    public HealthCheckResponse call() {
        ProcessEngine engine = startup.processEngine();
        if (engine == null) {
            return HealthCheckResponse.named("process-engine").down().build();
        }
        try {
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
            boolean jobExecutor = startup.isJobExecutorActive();
            return HealthCheckResponse.named("process-engine")
                    .status(definitions >= WorkflowModels.PROCESS_MODELS && jobExecutor)
                    .withData("engine", engine.getName())
                    .withData("processDefinitions", definitions)
                    .withData("jobExecutorActive", jobExecutor)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
