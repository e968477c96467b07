package nl.ngf.grants.programme.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.programme.internal.AwardOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${awardProgrammeDelegate}}: the awarded amount becomes definitive and the programme AWARDED. */
@Named("awardProgrammeDelegate")
@ApplicationScoped
public class AwardProgrammeDelegate implements JavaDelegate {

    @Inject
    AwardOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.award(((Number) execution.getVariable("programmeId")).longValue());
    }
}
