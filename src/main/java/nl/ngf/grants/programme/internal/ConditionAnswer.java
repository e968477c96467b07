package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The applicant's answer to one condition in one revision. */
@Entity
@Table(name = "condition_answer")
class ConditionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_programme_id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    Revision revision;

    @ManyToOne(optional = false)
    @JoinColumn(name = "condition_id", nullable = false, updatable = false)
    AwardCondition condition;

    @Column(nullable = false, updatable = false, length = Programme.MAX_LONG_TEXT)
    String answer;

    protected ConditionAnswer() {
    }

    ConditionAnswer(Revision revision, AwardCondition condition, String answer) {
        this.revision = revision;
        this.condition = condition;
        this.answer = answer;
    }
}
