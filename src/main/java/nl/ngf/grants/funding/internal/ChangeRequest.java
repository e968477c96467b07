package nl.ngf.grants.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.ScheduledTranche;
import nl.ngf.grants.funding.ChangeKind;

/** An applicant's request to change a tranche; decided once, then never changed. */
@Entity
@Table(name = "change_request")
class ChangeRequest {

    static final String PENDING = "PENDING";
    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_funding_id")
    Long id;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    long partnershipId;

    @Column(name = "tranche_id", nullable = false, updatable = false)
    long trancheId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    ChangeKind kind;

    @Column(name = "target_tranche_id", updatable = false)
    Long targetTrancheId;

    @Column(name = "new_date", updatable = false)
    LocalDate newDate;

    @Column(name = "new_milestone", updatable = false, length = 1000)
    String newMilestone;

    /** The KPI and value a CONTENT change measures the milestone on (null for other changes, and before V19). */
    @Enumerated(EnumType.STRING)
    @Column(name = "new_milestone_kpi", updatable = false, length = 20)
    Kpi newMilestoneKpi;

    @Column(name = "new_milestone_target", updatable = false, precision = 15, scale = 2)
    BigDecimal newMilestoneTarget;

    @Column(name = "amount_cents", updatable = false)
    Long amountCents;

    @Column(nullable = false, updatable = false, length = 4000)
    String reason;

    /** The form the request was sent from (ChangeRequestSubmission.submissionKey); null when none was named. */
    @Column(name = "submission_key", updatable = false, length = 36)
    String submissionKey;

    @Column(name = "needs_approval", nullable = false, updatable = false)
    boolean needsApproval;

    @Column(nullable = false, length = 20)
    String status = PENDING;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 60)
    String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    Instant requestedAt;

    @Column(name = "decided_by", length = 60)
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decision_reason", length = 4000)
    String decisionReason;

    /** The tranche as it was when the change was applied (null until then, and for a rejected request). */
    @Column(name = "previous_date")
    LocalDate previousDate;

    @Column(name = "previous_milestone", length = 1000)
    String previousMilestone;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_milestone_kpi", length = 20)
    Kpi previousMilestoneKpi;

    @Column(name = "previous_milestone_target", precision = 15, scale = 2)
    BigDecimal previousMilestoneTarget;

    @Column(name = "previous_amount_cents")
    Long previousAmountCents;

    /** For a budget shift, the receiving tranche's amount when the change was applied. */
    @Column(name = "previous_target_amount_cents")
    Long previousTargetAmountCents;

    /** The KPI value a CONTENT change sets for the milestone; null for other changes and before V19. */
    KpiTarget newTarget() {
        return KpiTarget.stored(newMilestoneKpi, newMilestoneTarget);
    }

    /** The milestone's KPI value when the change was applied; null before then or when it had none. */
    KpiTarget previousTarget() {
        return KpiTarget.stored(previousMilestoneKpi, previousMilestoneTarget);
    }

    /** Whether the other asks the same change of the same tranche for the same reason: the same form, sent twice. */
    boolean asksTheSameAs(ChangeRequest other) {
        return partnershipId == other.partnershipId && trancheId == other.trancheId && kind == other.kind
                && java.util.Objects.equals(targetTrancheId, other.targetTrancheId) && java.util.Objects.equals(newDate, other.newDate)
                && java.util.Objects.equals(newMilestone, other.newMilestone) && newMilestoneKpi == other.newMilestoneKpi
                && (newMilestoneTarget == null ? other.newMilestoneTarget == null
                        : other.newMilestoneTarget != null && newMilestoneTarget.compareTo(other.newMilestoneTarget) == 0)
                && java.util.Objects.equals(amountCents, other.amountCents) && java.util.Objects.equals(reason, other.reason);
    }

    void decide(boolean approved, String by, Instant at, String reasoning) {
        if (!PENDING.equals(status)) {
            throw new IllegalStateException("Change request " + id + " was already decided");
        }
        status = approved ? APPROVED : REJECTED;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reasoning;
    }

    /** Keeps what the change is about to change, once, at the moment it is applied. */
    void applyingTo(ScheduledTranche tranche, ScheduledTranche target) {
        if (previousAmountCents != null) {
            throw new IllegalStateException("Change request " + id + " was already applied");
        }
        previousDate = tranche.plannedDate();
        previousMilestone = tranche.milestone();
        previousMilestoneKpi = tranche.target() == null ? null : tranche.target().kpi();
        previousMilestoneTarget = tranche.target() == null ? null : tranche.target().value();
        previousAmountCents = tranche.amount().cents();
        previousTargetAmountCents = target == null ? null : target.amount().cents();
    }
}
