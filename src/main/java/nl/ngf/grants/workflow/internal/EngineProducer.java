package nl.ngf.grants.workflow.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Makes the engine and its services injectable (for the workflow module and the process rooms). */
@ApplicationScoped
public class EngineProducer {

    @EJB
    ProcessEngineStartup startup;

    @Produces
    ProcessEngine processEngine() {
        return startup.processEngine();
    }

    @Produces
    RuntimeService runtimeService() {
        return startup.processEngine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return startup.processEngine().getTaskService();
    }

    @Produces
    RepositoryService repositoryService() {
        return startup.processEngine().getRepositoryService();
    }

    @Produces
    HistoryService historyService() {
        return startup.processEngine().getHistoryService();
    }

    @Produces
    IdentityService identityService() {
        return startup.processEngine().getIdentityService();
    }

    @Produces
    ManagementService managementService() {
        return startup.processEngine().getManagementService();
    }
}
