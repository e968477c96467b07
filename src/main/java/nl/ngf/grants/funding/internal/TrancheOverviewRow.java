package nl.ngf.grants.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.partnership.Kpi;

/**
 * One tranche as the database view {@code tranche_overview} joins it with its PPS, its release state and its payment,
 * for the list of tranches. Read only: nothing is ever written through it (a view takes no rows), and every column
 * but the key, which EclipseLink wants writable, says so.
 */
@Entity
@Table(name = "tranche_overview")
class TrancheOverviewRow {

    @Id
    @Column(name = "tranche_id")
    long trancheId;

    @Column(name = "programme_id", insertable = false, updatable = false)
    long programmeId;

    @Column(name = "partnership_id", insertable = false, updatable = false)
    long partnershipId;

    @Column(name = "partnership_name", insertable = false, updatable = false)
    String partnershipName;

    @Column(name = "organisation_id", insertable = false, updatable = false)
    long organisationId;

    @Column(name = "sequence_no", insertable = false, updatable = false)
    int sequence;

    @Column(name = "amount_cents", insertable = false, updatable = false)
    long amountCents;

    @Column(name = "planned_date", insertable = false, updatable = false)
    LocalDate plannedDate;

    @Column(name = "milestone", insertable = false, updatable = false)
    String milestone;

    @Enumerated(EnumType.STRING)
    @Column(name = "milestone_kpi", insertable = false, updatable = false)
    Kpi milestoneKpi;

    @Column(name = "milestone_target", insertable = false, updatable = false)
    BigDecimal milestoneTarget;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", insertable = false, updatable = false)
    TrancheStatus status;

    @Column(name = "paid_at", insertable = false, updatable = false)
    Instant paidAt;

    protected TrancheOverviewRow() {
    }
}
