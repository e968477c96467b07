package nl.ngf.grants.funding;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.shared.Money;

/**
 * One tranche as the overview of all tranches lists it: its programme and PPS, amount, planned date,
 * KPI milestone and status, and when it was paid (null while unpaid).
 */
public record TrancheOverview(long trancheId, long programmeId, String programmeReference, long partnershipId, String partnershipName,
                              int sequence, Money amount, LocalDate plannedDate, String milestone, KpiTarget target, TrancheStatus status,
                              Instant paidAt) implements Serializable {

    /** Still to be reported, verified or paid: not paid and not cancelled. */
    public boolean isOpen() {
        return !status.isFinal();
    }
}
