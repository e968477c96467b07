package nl.ngf.grants.programme.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.programme.internal.AwardOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${withdrawAwardDelegate}}: the award is WITHDRAWN after a withdrawal decision. */
@Named("withdrawAwardDelegate")
@ApplicationScoped
public class WithdrawAwardDelegate implements JavaDelegate {

    @Inject
    AwardOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.withdraw(((Number) execution.getVariable("programmeId")).longValue());
    }
}
