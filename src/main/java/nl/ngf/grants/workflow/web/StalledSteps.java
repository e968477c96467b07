package nl.ngf.grants.workflow.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;
import nl.ngf.grants.workflow.FailedStep;
import nl.ngf.grants.workflow.WorkflowService;

/** The administrator's list of the cases' other failed steps (a reminder, a deadline), with one more attempt each. */
@Named
@ViewScoped
public class StalledSteps implements Serializable {

    @Inject
    WorkflowService workflow;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<FailedStep> steps;

    public void load() {
        try {
            steps = workflow.stalledSteps(currentUser.actor());
        } catch (DomainException e) {
            steps = List.of();
            messages.refused(e);
        }
    }

    public void retry(String jobId) {
        try {
            workflow.retryStep(currentUser.actor(), jobId);
            messages.info("steps.retried");
        } catch (DomainException e) {
            messages.refused(e);
        }
        load();
    }

    public List<FailedStep> getSteps() {
        if (steps == null) {
            load();
        }
        return steps;
    }
}
