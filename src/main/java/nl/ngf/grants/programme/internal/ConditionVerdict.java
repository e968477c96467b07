package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The committee's verdict on one condition in one assessment. Insert-only. */
@Entity
@Table(name = "condition_verdict")
class ConditionVerdict {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_programme_id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    Assessment assessment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "condition_id", nullable = false, updatable = false)
    AwardCondition condition;

    @Column(nullable = false, updatable = false)
    boolean met;

    @Column(nullable = false, updatable = false, length = Programme.MAX_LONG_TEXT)
    String reasoning;

    protected ConditionVerdict() {
    }

    ConditionVerdict(Assessment assessment, AwardCondition condition, boolean met, String reasoning) {
        this.assessment = assessment;
        this.condition = condition;
        this.met = met;
        this.reasoning = reasoning;
    }
}
