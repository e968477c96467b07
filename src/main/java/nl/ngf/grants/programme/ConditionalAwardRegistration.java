package nl.ngf.grants.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a grant officer enters to register a conditional award. Amounts in euros, at most two decimals. The submission
 * key names the form it was sent from (SubmissionKey): the same form sent twice registers one award. Without one
 * (null), every registration is an award of its own.
 */
public record ConditionalAwardRegistration(String title, Long organisationId, BigDecimal requestedAmount,
                                           BigDecimal conditionalAmount, Integer plannedPpsCount,
                                           LocalDate revisionDeadline, List<String> conditions, String submissionKey) {

    /**
     * The most conditions an award asks to meet (the seed's had four): more is a new plan rather than a revision of one,
     * and each condition is answered in every round, judged in every assessment and kept whole in the audit trail.
     */
    public static final int MOST_CONDITIONS = 50;

    public ConditionalAwardRegistration(String title, Long organisationId, BigDecimal requestedAmount, BigDecimal conditionalAmount,
                                        Integer plannedPpsCount, LocalDate revisionDeadline, List<String> conditions) {
        this(title, organisationId, requestedAmount, conditionalAmount, plannedPpsCount, revisionDeadline, conditions, null);
    }
}
