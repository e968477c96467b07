package nl.ngf.grants.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.ngf.grants.funding.TrancheStatus;

/** Where one planned tranche is on its way to the money, and the case that drives it. */
@Entity
@Table(name = "tranche_release")
@SequenceGenerator(name = "ngf_funding_id", sequenceName = "ngf_id_seq", allocationSize = 50)
class TrancheRelease {

    @Id
    @Column(name = "tranche_id")
    Long trancheId;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    long partnershipId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    TrancheStatus status;

    @Column(name = "process_instance_id", length = 64)
    String processInstanceId;

    @Column(name = "reminder_sent_at")
    Instant reminderSentAt;

    @Column(name = "overdue_since")
    Instant overdueSince;

    /** The corrective-action plan's current deadline, once the tranche was withheld. */
    @Column(name = "plan_due")
    java.time.LocalDate planDue;

    protected TrancheRelease() {
    }

    TrancheRelease(long trancheId, long partnershipId, long programmeId) {
        this.trancheId = trancheId;
        this.partnershipId = partnershipId;
        this.programmeId = programmeId;
        this.status = TrancheStatus.SCHEDULED;
    }

    /** Moves on only from the states the model allows; anything else is a bug or a race, never silently accepted. */
    void moveTo(TrancheStatus next, TrancheStatus... from) {
        for (TrancheStatus allowed : from) {
            if (status == allowed) {
                status = next;
                return;
            }
        }
        throw new IllegalStateException("Tranche " + trancheId + " cannot go from " + status + " to " + next);
    }

    // Changes go through methods: EclipseLink's woven change tracking sees only what the entity itself writes.
    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
        moveTo(TrancheStatus.REPORT_DUE, TrancheStatus.SCHEDULED);
    }

    void reminded(Instant at) {
        this.reminderSentAt = at;
    }

    void overdue(Instant at) {
        moveTo(TrancheStatus.REPORT_OVERDUE, TrancheStatus.REPORT_DUE);
        this.overdueSince = at;
    }

    /** Set through here, not on the field from outside: EclipseLink's woven change tracking sees only the entity's own writes. */
    void planDue(java.time.LocalDate due) {
        this.planDue = due;
    }

    void planOverdue(Instant at) {
        moveTo(TrancheStatus.PLAN_OVERDUE, TrancheStatus.WITHHELD);
        this.overdueSince = at;
    }
}
