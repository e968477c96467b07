package nl.ngf.grants.programme;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import nl.ngf.grants.shared.Money;

/**
 * A programme as listed. {@code awarded} is null until the award is definitive; {@code closedAt} until
 * its file closes (an awarded programme at its final settlement, or at rejection or withdrawal).
 */
public record ProgrammeSummary(long id, String reference, String title, String organisationName,
                               ProgrammeStatus status, Money requested, Money conditional, Money awarded,
                               LocalDate revisionDeadline, Instant closedAt) implements Serializable {

    /** Awarded and every tranche of every PPS paid or cancelled. */
    public boolean isSettled() {
        return status == ProgrammeStatus.AWARDED && closedAt != null;
    }
}
