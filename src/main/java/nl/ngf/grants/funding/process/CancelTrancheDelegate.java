package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${cancelTrancheDelegate}}: the tranche is cancelled without money; the PPS's next tranche starts. */
@Named("cancelTrancheDelegate")
@ApplicationScoped
public class CancelTrancheDelegate implements JavaDelegate {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.cancel(((Number) execution.getVariable("trancheId")).longValue());
    }
}
