package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${startTrancheReleasesDelegate}}: after the allocation, each PPS's first tranche waits for its progress report (grantAward). */
@Named("startTrancheReleasesDelegate")
@ApplicationScoped
public class StartTrancheReleasesDelegate implements JavaDelegate {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.startFunding(((Number) execution.getVariable("programmeId")).longValue());
    }
}
