package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${releaseTrancheDelegate}}: pays the approved tranche into the ledger, at most once; the PPS's next tranche starts. */
@Named("releaseTrancheDelegate")
@ApplicationScoped
public class ReleaseTrancheDelegate implements JavaDelegate {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.release(((Number) execution.getVariable("trancheId")).longValue());
    }
}
