package nl.ngf.grants.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An applicant's change request for a tranche: DELAY (newDate), CONTENT (newMilestone and the KPI value
 * it is measured on, newTarget) or
 * BUDGET_SHIFT (amount in euros from this tranche to targetTrancheId), always with a reason.
 */
public record ChangeRequestSubmission(long partnershipId, ChangeKind kind, Long trancheId, Long targetTrancheId,
                                      LocalDate newDate, String newMilestone, nl.ngf.grants.partnership.KpiTarget newTarget,
                                      BigDecimal amount, String reason) {
}
