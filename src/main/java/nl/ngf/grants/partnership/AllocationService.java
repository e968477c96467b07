package nl.ngf.grants.partnership;

import nl.ngf.grants.identity.Actor;

/** Dividing an awarded programme's amount over its PPSs. */
public interface AllocationService {

    /**
     * A grant officer allocates, completing the allocateAwardedAmount task. Refuses, changing nothing:
     * more than the awarded amount, tranches that do not add up to their PPS's allocation, a PPS of
     * another programme or twice, amounts that are not positive whole cents, dates in the past.
     */
    void allocate(Actor officer, String taskId, AllocationPlan plan);

    /** The allocation of a programme (empty lines before allocation), if this actor may see it. */
    AllocationView allocationOf(Actor actor, long programmeId);
}
