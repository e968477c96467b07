package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${recordPlanOverdueDelegate}}: the corrective-action plan's deadline passed; a grant officer decides next. */
@Named("recordPlanOverdueDelegate")
@ApplicationScoped
public class RecordPlanOverdueDelegate implements JavaDelegate {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.planOverdue(((Number) execution.getVariable("trancheId")).longValue());
    }
}
