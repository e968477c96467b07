package nl.ngf.grants.workflow.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Wakes the job executor when a transaction that made a job due at once (an administrator's "try again now") has
 * committed. The engine does so itself for a job it creates; a job made due again it finds only on its next look,
 * which an idle executor puts off for up to a minute.
 */
@ApplicationScoped
class JobExecutorWakeUp {

    /** A job made due at once, fired in the transaction that did it. */
    record JobDue(String jobId) {
    }

    @EJB
    ProcessEngineStartup startup;

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobDue due) {
        if (startup.processEngine() instanceof ProcessEngineImpl engine) {
            JobExecutor executor = engine.getProcessEngineConfiguration().getJobExecutor();
            if (executor != null && executor.isActive()) {
                executor.jobWasAdded();
            }
        }
    }
}
