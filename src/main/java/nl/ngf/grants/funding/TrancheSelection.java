package nl.ngf.grants.funding;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which tranches a list shows: those in one of these statuses (every status when none is named), of one programme or,
 * without one, of every programme.
 */
public record TrancheSelection(Set<TrancheStatus> statuses, Long programmeId) implements Serializable {

    public TrancheSelection {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** Every tranche still to be reported, verified, approved or paid: not paid and not cancelled. */
    public static TrancheSelection open() {
        return new TrancheSelection(Arrays.stream(TrancheStatus.values()).filter(s -> !s.isFinal())
                .collect(java.util.stream.Collectors.toSet()), null);
    }

    /** Every tranche. */
    public static TrancheSelection all() {
        return new TrancheSelection(Set.of(), null);
    }

    /** The tranches in this status. */
    public static TrancheSelection in(TrancheStatus status) {
        return new TrancheSelection(Set.of(status), null);
    }

    /** The same tranches of this programme only (of every programme when null). */
    public TrancheSelection ofProgramme(Long programme) {
        return new TrancheSelection(statuses, programme);
    }
}
