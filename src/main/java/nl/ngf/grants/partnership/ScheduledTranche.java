package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.time.LocalDate;
import nl.ngf.grants.shared.Money;

/**
 * One tranche of a PPS's allocation, with what the funding of it needs to know about its PPS: the
 * milestone's target (null only for a tranche planned before milestones had one) is measured from the
 * PPS's KPI baseline.
 */
public record ScheduledTranche(long id, long partnershipId, String partnershipName, long programmeId, long organisationId,
                               int sequence, Money amount, LocalDate plannedDate, String milestone, KpiTarget target,
                               Kpis baseline) implements Serializable {

    /** How far these reported KPIs attain the milestone's target (see {@link KpiTarget#attainment}); null without one. */
    public java.math.BigDecimal measuredAttainment(Kpis reported) {
        return target == null || reported == null ? null : target.attainment(baseline, reported);
    }
}
