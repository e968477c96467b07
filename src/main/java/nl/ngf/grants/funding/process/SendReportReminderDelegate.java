package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import nl.ngf.grants.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${sendReportReminderDelegate}}: records that the reminder before the report's deadline went out (the applicant sees it on the PPS page, and gets it by e-mail). */
@Named("sendReportReminderDelegate")
@ApplicationScoped
public class SendReportReminderDelegate implements JavaDelegate {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.remind(((Number) execution.getVariable("trancheId")).longValue(),
                Deadlines.dayOf((java.util.Date) execution.getVariable("reportDeadline")));
    }
}
