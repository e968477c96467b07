package nl.ngf.grants.programme;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import nl.ngf.grants.shared.Money;

/**
 * A programme as listed. {@code awarded} is null until the award is definitive; {@code closedAt} until
 * its file closes (an awarded programme at its final settlement, or at rejection or withdrawal).
 */
public record ProgrammeSummary(long id, String reference, String title, long organisationId, String organisationName,
                               ProgrammeStatus status, Money requested, Money conditional, Money awarded,
                               LocalDate revisionDeadline, Instant closedAt) implements Serializable {

    /** The order in which a choice of programmes lists them: the newest reference (NGF-2026-008) first. */
    public static final Comparator<ProgrammeSummary> NEWEST_FIRST = Comparator.comparing(ProgrammeSummary::reference).reversed();

    /** Awarded and every tranche of every PPS paid or cancelled. */
    public boolean isSettled() {
        return status == ProgrammeStatus.AWARDED && closedAt != null;
    }
}
