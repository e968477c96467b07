package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Something the model did on its own at a point in time: a reminder went out, a deadline passed. */
@Entity
@Table(name = "programme_event")
class ProgrammeEvent extends ProgrammePart {

    static final String REMINDER_SENT = "REMINDER_SENT";
    static final String DEADLINE_PASSED = "DEADLINE_PASSED";

    @Column(nullable = false, updatable = false, length = 30)
    String kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(updatable = false)
    LocalDate deadline;

    protected ProgrammeEvent() {
    }

    ProgrammeEvent(Programme programme, String kind, Instant occurredAt, LocalDate deadline) {
        super(programme);
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.deadline = deadline;
    }
}
