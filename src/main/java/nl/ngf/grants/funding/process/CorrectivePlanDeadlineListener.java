package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * {@code ${correctivePlanDeadlineListener}}, on the flows that withhold a tranche (the decision table's
 * "withhold" and a refused second approval): the corrective-action plan gets its deadline and reminder
 * (planDeadline, planReminder) before its task and timers are created.
 */
@Named("correctivePlanDeadlineListener")
@ApplicationScoped
public class CorrectivePlanDeadlineListener implements ExecutionListener {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariables(outcomes.requestPlan(((Number) execution.getVariable("trancheId")).longValue()));
    }
}
