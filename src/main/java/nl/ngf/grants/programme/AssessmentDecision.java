package nl.ngf.grants.programme;

import java.math.BigDecimal;

/** The committee's decision; the awarded amount only with {@link AssessmentOutcome#AWARD}. */
public record AssessmentDecision(AssessmentOutcome outcome, BigDecimal awardedAmount, String reasoning) {
}
