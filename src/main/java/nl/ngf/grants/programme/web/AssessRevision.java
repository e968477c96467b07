package nl.ngf.grants.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ngf.grants.programme.AssessmentDecision;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** The committee's assessment of the latest revision: award in full (with the amount) or reject. */
@Named
@ViewScoped
public class AssessRevision extends TaskForm {

    /** One condition's verdict as the form edits it. */
    public static class VerdictLine implements Serializable {
        private Boolean met;
        private String reasoning;

        public Boolean getMet() {
            return met;
        }

        public void setMet(Boolean met) {
            this.met = met;
        }

        public String getReasoning() {
            return reasoning;
        }

        public void setReasoning(String reasoning) {
            this.reasoning = reasoning;
        }
    }

    private AssessmentOutcome outcome;
    private BigDecimal awardedAmount;
    private String reasoning;
    private final Map<Long, VerdictLine> verdicts = new HashMap<>();

    @Override
    protected void prepare(ProgrammeDetails programme) {
        awardedAmount = programme.summary().conditional().euros();
        programme.conditions().forEach(c -> verdicts.put(c.id(), new VerdictLine()));
    }

    public Map<Long, VerdictLine> getVerdicts() {
        return verdicts;
    }

    /** Another round only while the configured number of rounds is not reached. */
    public boolean isAnotherRoundPossible() {
        return getProgramme().assessments().size() + 1 < programmes.maxRevisionRounds();
    }

    public ProgrammeDetails.Revision getLatestRevision() {
        var revisions = getProgramme().revisions();
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }

    public List<AssessmentOutcome> getOutcomes() {
        return Arrays.stream(AssessmentOutcome.values())
                .filter(o -> o != AssessmentOutcome.REVISE_AGAIN || isAnotherRoundPossible())
                .toList();
    }

    public String submit() {
        try {
            programmes.assess(currentUser.actor(), getTaskId(),
                    new AssessmentDecision(outcome, outcome == AssessmentOutcome.AWARD ? awardedAmount : null, reasoning,
                            verdicts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                    e -> new AssessmentDecision.Verdict(e.getValue().getMet(), e.getValue().getReasoning())))));
            return Messages.redirectWithNotice(outcome == AssessmentOutcome.REVISE_AGAIN ? "/workflow/inbox.xhtml"
                    : "/programme/detail.xhtml?id=" + getProgramme().summary().id(), "assess.done");
        } catch (DomainException e) {
            refusedAtSubmit(e);
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
