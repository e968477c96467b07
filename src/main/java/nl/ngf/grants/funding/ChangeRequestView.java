package nl.ngf.grants.funding;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import nl.ngf.grants.shared.Money;

/** A change request as pages show it. Status PENDING (waiting for a grant officer), APPROVED or REJECTED. */
public record ChangeRequestView(long id, long partnershipId, String partnershipName, ChangeKind kind, int trancheSequence,
                                Integer targetSequence, LocalDate newDate, String newMilestone, Money amount, String reason,
                                boolean needsApproval, String status, String requestedBy, Instant requestedAt,
                                String decidedBy, Instant decidedAt, String decisionReason) implements Serializable {
}
