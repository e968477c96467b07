package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.ngf.grants.funding.CorrectiveActionPlan;
import nl.ngf.grants.shared.DomainException;

/** The applicant answers a withheld tranche with a corrective-action plan. */
@Named
@ViewScoped
public class SubmitCorrectiveActionPlan extends TrancheTaskForm {

    private String plan;

    @Override
    protected String taskKey() {
        return "submitCorrectiveActionPlan";
    }

    public String submit() {
        try {
            funding.submitCorrectiveActionPlan(currentUser.actor(), getTaskId(), new CorrectiveActionPlan(plan, uploadedIds()));
            return done("corrective.done");
        } catch (DomainException e) {
            refusedAtSubmit(e);
            return null;
        }
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }
}
