package nl.ngf.grants.programme.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.programme.internal.AwardOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${recordDeadlinePassedDelegate}}: the deadline passed without a submission; a grant officer decides next. */
@Named("recordDeadlinePassedDelegate")
@ApplicationScoped
public class RecordDeadlinePassedDelegate implements JavaDelegate {

    @Inject
    AwardOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.deadlinePassed(((Number) execution.getVariable("programmeId")).longValue());
    }
}
