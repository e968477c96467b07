package nl.ngf.grants.workflow.internal;

import java.util.List;
import nl.ngf.grants.workflow.ProcessKeys;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The models in {@code workflows/}, packaged on the class path under {@code workflows/}. Deployed as
 * one deployment with duplicate filtering: an unchanged model does not become a new version.
 */
public final class WorkflowModels {

    public static final String DEPLOYMENT_NAME = "ngf-grants";

    /** Every file in workflows/ (WorkflowModelsTest checks the list is complete). */
    public static final List<String> RESOURCES = List.of(
            "workflows/grant-award.bpmn",
            "workflows/tranche-release.bpmn",
            "workflows/change-request.bpmn",
            "workflows/tranche-decision.dmn");

    /** The keys of the processes and decision tables those files define. */
    public static final List<String> PROCESS_KEYS = List.of(ProcessKeys.GRANT_AWARD,
            ProcessKeys.TRANCHE_RELEASE, ProcessKeys.CHANGE_REQUEST);
    public static final List<String> DECISION_KEYS = List.of("trancheReleaseDecision");

    /** How many of the resources are process models (the rest are decision tables). */
    static final long PROCESS_MODELS = RESOURCES.stream().filter(r -> r.endsWith(".bpmn")).count();

    private WorkflowModels() {
    }

    public static DeploymentWithDefinitions deploy(RepositoryService repositoryService) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("ngf-grants application")
                .enableDuplicateFiltering(true);
        RESOURCES.forEach(builder::addClasspathResource);
        return builder.deployWithResult();
    }
}
