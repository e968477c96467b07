package nl.ngf.grants.programme;

import java.io.Serializable;
import java.time.LocalDate;
import nl.ngf.grants.shared.Money;

/** A programme as listed. {@code awarded} is null until the award is definitive. */
public record ProgrammeSummary(long id, String reference, String title, String organisationName,
                               ProgrammeStatus status, Money requested, Money conditional, Money awarded,
                               LocalDate revisionDeadline) implements Serializable {
}
