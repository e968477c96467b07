package nl.ngf.grants.programme.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.shared.Money;

/** The committee's verdict on one revision. Insert-only. */
@Entity
@Table(name = "assessment")
class Assessment extends ProgrammePart {

    @ManyToOne(optional = false)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    Revision revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    AssessmentOutcome outcome;

    @Column(name = "awarded_cents", updatable = false)
    Long awardedCents;

    @Column(nullable = false, updatable = false, length = Programme.MAX_LONG_TEXT)
    String reasoning;

    @Column(name = "assessed_by", nullable = false, updatable = false, length = 60)
    String assessedBy;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    Instant assessedAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.PERSIST)
    List<ConditionVerdict> verdicts = new ArrayList<>();

    protected Assessment() {
    }

    Assessment(Programme programme, Revision revision, AssessmentOutcome outcome, Money awarded, String reasoning,
               String assessedBy, Instant assessedAt) {
        super(programme);
        this.revision = revision;
        this.outcome = outcome;
        this.awardedCents = awarded == null ? null : awarded.cents();
        this.reasoning = reasoning;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }
}
