package nl.ngf.grants.funding;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.ReportingInterval;
import nl.ngf.grants.shared.Money;

/**
 * A change request as pages show it. Status PENDING (waiting for a grant officer), APPROVED or REJECTED.
 * The {@code current*} values are what the change changes from: the tranche (and for a budget shift the
 * receiving tranche) as it was when the change was applied, or as it is now while the request waits;
 * null for a rejected request. While a budget shift waits, {@code setAmount} and {@code setTargetAmount} are the two
 * tranches' amounts as a grant officer set them (at the allocation, or by approving a shift), from which the threshold
 * is measured: what the officer deciding on it weighs it against; null otherwise.
 */
public record ChangeRequestView(long id, long partnershipId, String partnershipName, ChangeKind kind, int trancheSequence,
                                Integer targetSequence, LocalDate newDate, String newMilestone, KpiTarget newTarget, Money amount, String reason,
                                boolean needsApproval, String status, String requestedBy, Instant requestedAt,
                                String decidedBy, Instant decidedAt, String decisionReason, LocalDate currentDate,
                                String currentMilestone, KpiTarget currentTarget, Money currentAmount, Money currentTargetAmount,
                                Money setAmount, Money setTargetAmount)
        implements Serializable {

    /** The tranche's amount after a budget shift (null for other changes, or when not known). */
    public Money amountAfter() {
        return amount == null || currentAmount == null ? null : currentAmount.minus(amount);
    }

    /** The receiving tranche's amount after a budget shift. */
    public Money targetAmountAfter() {
        return amount == null || currentTargetAmount == null ? null : currentTargetAmount.plus(amount);
    }

    /**
     * Whether this delay plans the tranche more than a year after the tranche before it (planned on the date
     * given), so that the PPS, which reports progress at least once a year, would not report for longer:
     * allowed only when a grant officer approves it knowingly.
     */
    public boolean delaysBeyondAYearAfter(LocalDate previousPlannedDate) {
        return kind == ChangeKind.DELAY && newDate != null && previousPlannedDate != null
                && ReportingInterval.exceeded(previousPlannedDate, newDate);
    }
}
