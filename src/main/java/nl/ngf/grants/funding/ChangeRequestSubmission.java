package nl.ngf.grants.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An applicant's change request for a tranche: DELAY (newDate), CONTENT (newMilestone and the KPI value
 * it is measured on, newTarget) or
 * BUDGET_SHIFT (amount in euros from this tranche to targetTrancheId), always with a reason. The submission key names
 * the form it was sent from, once per form: the same form sent twice (a double click, the browser's back button)
 * records one request. Without one (null), every submission is a request of its own.
 */
public record ChangeRequestSubmission(long partnershipId, ChangeKind kind, Long trancheId, Long targetTrancheId,
                                      LocalDate newDate, String newMilestone, nl.ngf.grants.partnership.KpiTarget newTarget,
                                      BigDecimal amount, String reason, String submissionKey) {

    public ChangeRequestSubmission(long partnershipId, ChangeKind kind, Long trancheId, Long targetTrancheId, LocalDate newDate,
                                   String newMilestone, nl.ngf.grants.partnership.KpiTarget newTarget, BigDecimal amount, String reason) {
        this(partnershipId, kind, trancheId, targetTrancheId, newDate, newMilestone, newTarget, amount, reason, null);
    }
}
