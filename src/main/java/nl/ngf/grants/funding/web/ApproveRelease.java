package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.ngf.grants.funding.SecondApproval;
import nl.ngf.grants.shared.DomainException;

/** A second grant officer, never the verifier, approves the release or refuses it. */
@Named
@ViewScoped
public class ApproveRelease extends TrancheTaskForm {

    private Boolean approved;
    private String reasoning;

    @Override
    protected String taskKey() {
        return "approveRelease";
    }

    public String submit() {
        try {
            if (approved == null) {
                throw new DomainException("approve.choice.required");
            }
            funding.approve(currentUser.actor(), getTaskId(), new SecondApproval(approved, reasoning));
            return done(approved ? "approve.done.approved" : "approve.done.refused");
        } catch (DomainException e) {
            refusedAtSubmit(e);
            return null;
        }
    }

    public Boolean getApproved() {
        return approved;
    }

    public void setApproved(Boolean approved) {
        this.approved = approved;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }
}
