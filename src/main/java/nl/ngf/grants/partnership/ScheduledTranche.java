package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.time.LocalDate;
import nl.ngf.grants.shared.Money;

/** One tranche of a PPS's allocation, with what the funding of it needs to know about its PPS. */
public record ScheduledTranche(long id, long partnershipId, String partnershipName, long programmeId, long organisationId,
                               int sequence, Money amount, LocalDate plannedDate, String milestone) implements Serializable {
}
