package nl.ngf.grants.programme.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One submitted round of the revised plan. Never updated: every column is insert-only. */
@Entity
@Table(name = "revision")
class Revision extends ProgrammePart {

    @Column(nullable = false, updatable = false)
    int round;

    @Column(updatable = false, length = Programme.MAX_LONG_TEXT)
    String summary;

    @Column(name = "pps_count", updatable = false)
    Integer ppsCount;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 60)
    String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    Instant submittedAt;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
    List<ConditionAnswer> answers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "revision_document", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "document_id", updatable = false)
    List<Long> documentIds = new ArrayList<>();

    protected Revision() {
    }

    Revision(Programme programme, int round, String summary, Integer ppsCount, String submittedBy, Instant submittedAt) {
        super(programme);
        this.round = round;
        this.summary = summary;
        this.ppsCount = ppsCount;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }
}
