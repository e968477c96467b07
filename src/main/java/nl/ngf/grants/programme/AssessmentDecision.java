package nl.ngf.grants.programme;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The committee's decision: a verdict on every condition (by condition id) and an overall outcome;
 * the awarded amount only with {@link AssessmentOutcome#AWARD}.
 */
public record AssessmentDecision(AssessmentOutcome outcome, BigDecimal awardedAmount, String reasoning,
                                 Map<Long, Verdict> verdicts) {

    /** Whether one condition is met, and why. */
    public record Verdict(Boolean met, String reasoning) {
    }
}
