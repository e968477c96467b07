package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${applyChangeRequestDelegate}}: an approved (or small enough) change request changes the tranche schedule (changeRequest). */
@Named("applyChangeRequestDelegate")
@ApplicationScoped
public class ApplyChangeRequestDelegate implements JavaDelegate {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.applyChange(((Number) execution.getVariable("changeRequestId")).longValue());
    }
}
