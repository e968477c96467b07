package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${sendPlanReminderDelegate}}: records that the reminder before the corrective-action plan's deadline went out. */
@Named("sendPlanReminderDelegate")
@ApplicationScoped
public class SendPlanReminderDelegate implements JavaDelegate {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.remindOfPlan(((Number) execution.getVariable("trancheId")).longValue());
    }
}
