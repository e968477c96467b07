package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import nl.ngf.grants.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * {@code ${planWaitingListener}}, when the corrective-action plan's task is created (a withheld tranche, a refused
 * second approval, an extended plan deadline): the applicants hear a plan is asked for, by the task's due date.
 */
@Named("planWaitingListener")
@ApplicationScoped
public class PlanWaitingListener implements TaskListener {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void notify(DelegateTask task) {
        outcomes.planWaiting(((Number) task.getVariable("trancheId")).longValue(), Deadlines.dayOf(task.getDueDate()));
    }
}
