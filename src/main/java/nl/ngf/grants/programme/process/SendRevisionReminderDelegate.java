package nl.ngf.grants.programme.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.programme.internal.AwardOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${sendRevisionReminderDelegate}}: records that the reminder before the revision deadline went out (the applicant sees it on the task and the programme page). */
@Named("sendRevisionReminderDelegate")
@ApplicationScoped
public class SendRevisionReminderDelegate implements JavaDelegate {

    @Inject
    AwardOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.remindApplicant(((Number) execution.getVariable("programmeId")).longValue());
    }
}
