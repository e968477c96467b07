package nl.ngf.grants.programme.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.programme.internal.AwardOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${rejectProgrammeDelegate}}: the programme is REJECTED. */
@Named("rejectProgrammeDelegate")
@ApplicationScoped
public class RejectProgrammeDelegate implements JavaDelegate {

    @Inject
    AwardOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.reject(((Number) execution.getVariable("programmeId")).longValue());
    }
}
