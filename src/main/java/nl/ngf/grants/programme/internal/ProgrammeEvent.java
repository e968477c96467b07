package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Something the model did on its own at a point in time: a reminder went out, a deadline passed. */
@Entity
@Table(name = "programme_event")
class ProgrammeEvent {

    static final String REMINDER_SENT = "REMINDER_SENT";
    static final String DEADLINE_PASSED = "DEADLINE_PASSED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_programme_id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    Programme programme;

    @Column(nullable = false, updatable = false, length = 30)
    String kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(updatable = false)
    LocalDate deadline;

    protected ProgrammeEvent() {
    }

    ProgrammeEvent(Programme programme, String kind, Instant occurredAt, LocalDate deadline) {
        this.programme = programme;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.deadline = deadline;
    }
}
