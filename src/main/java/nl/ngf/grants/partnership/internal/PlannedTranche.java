package nl.ngf.grants.partnership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;

/** One tranche of a PPS's allocation: amount, planned date and the KPI milestone it depends on. */
@Entity
@Table(name = "planned_tranche")
class PlannedTranche {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_partnership_id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "allocation_id", nullable = false, updatable = false)
    Allocation allocation;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    int sequence;

    @Column(name = "amount_cents", nullable = false)
    long amountCents;

    @Column(name = "planned_date", nullable = false)
    LocalDate plannedDate;

    @Column(nullable = false, length = 1000)
    String milestone;

    /** The KPI the milestone is measured on; null only for tranches planned before milestones had one (V19). */
    @Enumerated(EnumType.STRING)
    @Column(name = "milestone_kpi", length = 20)
    Kpi milestoneKpi;

    @Column(name = "milestone_target", precision = 15, scale = 2)
    BigDecimal milestoneTarget;

    protected PlannedTranche() {
    }

    PlannedTranche(Allocation allocation, int sequence, long amountCents, LocalDate plannedDate, String milestone, KpiTarget target) {
        this.allocation = allocation;
        this.sequence = sequence;
        this.amountCents = amountCents;
        this.plannedDate = plannedDate;
        this.milestone = milestone;
        this.milestoneKpi = target.kpi();
        this.milestoneTarget = target.value();
    }

    // Changes go through methods: EclipseLink's woven change tracking sees only what the entity itself writes.
    void reschedule(LocalDate date) {
        this.plannedDate = date;
    }

    void changeMilestone(String text, KpiTarget target) {
        this.milestone = text;
        this.milestoneKpi = target.kpi();
        this.milestoneTarget = target.value();
    }

    /** The KPI value of its milestone, or null for a tranche planned before milestones had one. */
    KpiTarget target() {
        return KpiTarget.stored(milestoneKpi, milestoneTarget);
    }

    void changeAmount(long cents) {
        this.amountCents = cents;
    }
}
