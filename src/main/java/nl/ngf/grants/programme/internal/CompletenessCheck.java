package nl.ngf.grants.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A grant officer's completeness check of one revision. Insert-only. */
@Entity
@Table(name = "completeness_check")
class CompletenessCheck extends ProgrammePart {

    @ManyToOne(optional = false)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    Revision revision;

    @Column(nullable = false, updatable = false)
    boolean complete;

    @Column(updatable = false, length = Programme.MAX_LONG_TEXT)
    String remarks;

    @Column(name = "checked_by", nullable = false, updatable = false, length = 60)
    String checkedBy;

    @Column(name = "checked_at", nullable = false, updatable = false)
    Instant checkedAt;

    protected CompletenessCheck() {
    }

    CompletenessCheck(Programme programme, Revision revision, boolean complete, String remarks, String checkedBy, Instant checkedAt) {
        super(programme);
        this.revision = revision;
        this.complete = complete;
        this.remarks = remarks;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
    }
}
