package nl.ngf.grants.partnership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.shared.Money;

/**
 * The tranche schedules of allocated PPSs, for the funding module, which checks who may ask before
 * calling. Changes keep each PPS's tranches adding up to its allocation and their dates in order.
 */
public interface TrancheSchedule {

    /** Every tranche of every allocated PPS of the programme, by PPS and sequence. */
    List<ScheduledTranche> tranchesOfProgramme(long programmeId);

    /** The tranches of one PPS, by sequence; empty before its allocation. */
    List<ScheduledTranche> tranchesOfPartnership(long partnershipId);

    /** One tranche; refuses an unknown id. */
    ScheduledTranche tranche(long trancheId);

    /** These tranches by id, read together (an unknown id is left out). */
    Map<Long, ScheduledTranche> tranches(Collection<Long> trancheIds);

    /** When and by whom the programme's amount was allocated over its PPSs; empty before the allocation. */
    java.util.Optional<Allocated> allocated(long programmeId);

    /** The allocation of a programme as a moment: when, by whom, over how many PPSs. */
    record Allocated(java.time.Instant at, String by, int partnerships) implements java.io.Serializable {
    }

    /** What is allocated of each of these programmes (its tranches added up), by programme id; none before its allocation. */
    Map<Long, Money> allocatedOf(Collection<Long> programmeIds);

    /** The allocated amount of each of these PPSs that has an allocation, by PPS id. */
    Map<Long, Money> allocationsOf(Collection<Long> partnershipIds);

    /**
     * Locks every PPS allocation of the programme (always in the same order) until the transaction
     * ends: whoever moves a tranche to its end takes it first, so the last two tranches of a programme
     * cannot finish side by side without one of them seeing the other.
     */
    void lockProgramme(long programmeId);

    /**
     * Locks the PPS's allocation until the transaction ends, and returns its amount; its tranches read from then on are
     * as the last transaction that held the lock left them, also those this transaction read before.
     */
    Money lockAllocation(long partnershipId);

    /** A new planned date: after today, after the tranche before it and before the one after it. */
    void moveTranche(long trancheId, LocalDate plannedDate, LocalDate today);

    /**
     * The KPI value a new milestone of this tranche would set, checked as in an allocation (a valid value
     * of its figure, above the PPS's baseline) and returned at the figure's scale; refuses any other.
     */
    KpiTarget checkTarget(long trancheId, KpiTarget target);

    /** A new KPI milestone for a tranche: its description and the KPI value to reach, checked as in an allocation. */
    void changeMilestone(long trancheId, String milestone, KpiTarget target);

    /** Moves part of one tranche's amount to another tranche of the same PPS; both stay positive. */
    void shiftBudget(long fromTrancheId, long toTrancheId, Money amount);
}
