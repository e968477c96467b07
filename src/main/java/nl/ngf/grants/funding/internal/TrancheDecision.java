package nl.ngf.grants.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One decision on a tranche with who took it and why. Never changed after it is written. */
@Entity
@Table(name = "tranche_decision")
class TrancheDecision {

    static final String VERIFICATION = "VERIFICATION";
    static final String RULE = "RULE";
    static final String APPROVAL = "APPROVAL";
    /** The outcome of a second approval that lets the money go. */
    static final String APPROVED = "APPROVED";
    /** The outcome of a second approval that withholds the money. */
    static final String REFUSED = "REFUSED";
    static final String OVERDUE = "OVERDUE";
    static final String PLAN_OVERDUE = "PLAN_OVERDUE";

    /** Who "decides" for the decision table. */
    static final String DECISION_TABLE = nl.ngf.grants.shared.SystemActors.DECISION_TABLE;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_funding_id")
    Long id;

    @Column(name = "tranche_id", nullable = false, updatable = false)
    long trancheId;

    @Column(nullable = false, updatable = false, length = 20)
    String kind;

    @Column(nullable = false, updatable = false, length = 40)
    String outcome;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 60)
    String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    Instant decidedAt;

    @Column(updatable = false, precision = 6, scale = 2)
    BigDecimal attainment;

    /**
     * The attainment the latest report's figures give against the milestone's KPI target, measured, beside
     * the one the officer found (VERIFICATION decisions); null for a tranche without a target (V19).
     */
    @Column(name = "measured_attainment", updatable = false, precision = 20, scale = 2)
    BigDecimal measuredAttainment;

    /** The tranche amount the decision table was given (RULE decisions). */
    @Column(name = "input_amount_cents", updatable = false)
    Long inputAmountCents;

    @Column(name = "rule_id", updatable = false, length = 100)
    String ruleId;

    /** The version of the decision table that decided (RULE decisions; null for those taken before V25 kept it). */
    @Column(name = "table_version", updatable = false)
    Integer tableVersion;

    @Column(updatable = false, length = 4000)
    String explanation;

    protected TrancheDecision() {
    }

    TrancheDecision(long trancheId, String kind, String outcome, String decidedBy, Instant decidedAt, String explanation) {
        this.trancheId = trancheId;
        this.kind = kind;
        this.outcome = outcome;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.explanation = explanation;
    }
}
