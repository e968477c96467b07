package nl.ngf.grants.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import nl.ngf.grants.programme.AssessmentDecision;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.shared.DomainException;

/** The committee's assessment of the latest revision: award in full (with the amount) or reject. */
@Named
@ViewScoped
public class AssessRevision extends TaskForm {

    private AssessmentOutcome outcome;
    private BigDecimal awardedAmount;
    private String reasoning;

    @Override
    protected void prepare(ProgrammeDetails programme) {
        awardedAmount = programme.summary().conditional().euros();
    }

    public ProgrammeDetails.Revision getLatestRevision() {
        var revisions = getProgramme().revisions();
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }

    public AssessmentOutcome[] getOutcomes() {
        return AssessmentOutcome.values();
    }

    public String submit() {
        try {
            programmes.assess(currentUser.actor(), getTaskId(),
                    new AssessmentDecision(outcome, outcome == AssessmentOutcome.AWARD ? awardedAmount : null, reasoning));
            messages.infoAfterRedirect("assess.done");
            return "/programme/detail.xhtml?faces-redirect=true&id=" + getProgramme().summary().id();
        } catch (DomainException e) {
            messages.refused(e);
            return null;
        }
    }

    public AssessmentOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AssessmentOutcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getAwardedAmount() {
        return awardedAmount;
    }

    public void setAwardedAmount(BigDecimal awardedAmount) {
        this.awardedAmount = awardedAmount;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }

    @Override
    protected String taskKey() {
        return "assessRevision";
    }
}
