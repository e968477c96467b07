package nl.ngf.grants.funding.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A submitted progress report or corrective-action plan. Never changed after it is written. */
@Entity
@Table(name = "progress_report")
class ProgressReport {

    static final String REPORT = "REPORT";
    static final String CORRECTIVE_PLAN = "CORRECTIVE_PLAN";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_funding_id")
    Long id;

    @Column(name = "tranche_id", nullable = false, updatable = false)
    long trancheId;

    @Column(name = "round_no", nullable = false, updatable = false)
    int round;

    @Column(nullable = false, updatable = false, length = 20)
    String kind;

    @Column(updatable = false)
    Integer companies;
    @Column(name = "sme_reach", updatable = false, precision = 5, scale = 2)
    BigDecimal smeReach;
    @Column(updatable = false)
    Integer students;
    @Column(updatable = false)
    Integer teachers;
    @Column(name = "cofinancing_cents", updatable = false)
    Long cofinancingCents;

    @Column(nullable = false, updatable = false, length = 4000)
    String narrative;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 60)
    String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "progress_report_document", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "document_id", updatable = false)
    List<Long> documentIds = new ArrayList<>();

    protected ProgressReport() {
    }

    /** The reported figures; null for a corrective-action plan. */
    nl.ngf.grants.partnership.Kpis kpis() {
        return REPORT.equals(kind) ? new nl.ngf.grants.partnership.Kpis(companies, smeReach, students, teachers,
                nl.ngf.grants.shared.Money.ofCents(cofinancingCents)) : null;
    }

    ProgressReport(long trancheId, int round, String kind, String narrative, List<Long> documentIds, String by, Instant at) {
        this.trancheId = trancheId;
        this.round = round;
        this.kind = kind;
        this.narrative = narrative;
        this.documentIds.addAll(documentIds);
        this.submittedBy = by;
        this.submittedAt = at;
    }
}
