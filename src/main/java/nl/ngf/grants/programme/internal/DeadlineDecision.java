package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.ngf.grants.programme.DeadlineChoice;

/** A grant officer's decision on an expired revision deadline. Insert-only. */
@Entity
@Table(name = "deadline_decision")
class DeadlineDecision extends ProgrammePart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    DeadlineChoice decision;

    @Column(name = "old_deadline", nullable = false, updatable = false)
    LocalDate oldDeadline;

    @Column(name = "new_deadline", updatable = false)
    LocalDate newDeadline;

    @Column(updatable = false, length = Programme.MAX_LONG_TEXT)
    String reason;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 60)
    String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    Instant decidedAt;

    protected DeadlineDecision() {
    }

    DeadlineDecision(Programme programme, DeadlineChoice decision, LocalDate oldDeadline, LocalDate newDeadline,
                     String reason, String decidedBy, Instant decidedAt) {
        super(programme);
        this.decision = decision;
        this.oldDeadline = oldDeadline;
        this.newDeadline = newDeadline;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }
}
