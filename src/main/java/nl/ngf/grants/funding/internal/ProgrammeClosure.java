package nl.ngf.grants.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A programme's final settlement: every tranche released or cancelled. The database allows one per programme. */
@Entity
@Table(name = "programme_closure")
class ProgrammeClosure {

    @Id
    @Column(name = "programme_id")
    Long programmeId;

    @Column(name = "closed_at", nullable = false, updatable = false)
    Instant closedAt;

    @Column(name = "released_cents", nullable = false, updatable = false)
    long releasedCents;

    @Column(name = "released_tranches", nullable = false, updatable = false)
    int releasedTranches;

    @Column(name = "cancelled_tranches", nullable = false, updatable = false)
    int cancelledTranches;

    @Column(name = "history_kept_until", nullable = false, updatable = false)
    Instant historyKeptUntil;

    protected ProgrammeClosure() {
    }

    ProgrammeClosure(long programmeId, Instant closedAt, long releasedCents, int releasedTranches, int cancelledTranches,
                     Instant historyKeptUntil) {
        this.programmeId = programmeId;
        this.closedAt = closedAt;
        this.releasedCents = releasedCents;
        this.releasedTranches = releasedTranches;
        this.cancelledTranches = cancelledTranches;
        this.historyKeptUntil = historyKeptUntil;
    }
}
