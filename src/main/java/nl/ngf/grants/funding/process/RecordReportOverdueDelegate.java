package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${recordReportOverdueDelegate}}: the report's deadline passed; a grant officer decides next. */
@Named("recordReportOverdueDelegate")
@ApplicationScoped
public class RecordReportOverdueDelegate implements JavaDelegate {

    @Inject
    TrancheOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.reportOverdue(((Number) execution.getVariable("trancheId")).longValue());
    }
}
