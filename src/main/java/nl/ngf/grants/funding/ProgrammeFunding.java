package nl.ngf.grants.funding;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.ngf.grants.shared.Money;

/**
 * A programme's money: awarded (null before the award), allocated over its PPSs, released to them, lapsed with
 * their cancelled tranches (allocated and never to be paid);
 * its closure once every tranche is released or cancelled (null while any is still under way); and
 * the ledger's lines for it, oldest first, which add up to {@code released}; when and by whom it was
 * allocated (null before the allocation); the decisions that held a tranche back or moved it; the
 * change requests of its PPSs, oldest first; and the ids of its PPSs' tranches (the cases of their release).
 */
public record ProgrammeFunding(Money awarded, Money allocated, Money released, Money cancelled, Closure closure, List<Payment> payments,
                               nl.ngf.grants.partnership.TrancheSchedule.Allocated allocation, List<TrancheEvent> setbacks,
                               List<ChangeRequestView> changeRequests, List<Long> trancheIds)
        implements Serializable {

    public ProgrammeFunding {
        payments = List.copyOf(payments);
        setbacks = List.copyOf(setbacks);
        changeRequests = List.copyOf(changeRequests);
        trancheIds = List.copyOf(trancheIds);
    }

    /**
     * A decision that held a tranche's money back or moved it, oldest first: {@code kind} WITHHELD (the
     * decision table), REFUSED (the second officer), EXTENDED or CANCELLED (an overdue report), PLAN_EXTENDED or
     * PLAN_CANCELLED (an overdue corrective-action plan).
     */
    public record TrancheEvent(java.time.Instant at, String by, long partnershipId, String partnershipName, int tranche, String kind)
            implements Serializable {
    }

    /** What is not yet paid out of the award. */
    public Money remaining() {
        return awarded == null ? Money.ZERO : awarded.minus(released);
    }

    /** The final settlement: when, how many tranches paid and cancelled, and until when the case history is kept. */
    public record Closure(Instant closedAt, int releasedTranches, int cancelledTranches, Instant historyKeptUntil) implements Serializable {
    }

    /** One line of the disbursement ledger: which PPS's which tranche, how much, when, and who authorised it. */
    public record Payment(long partnershipId, String partnershipName, int tranche, Money amount, Instant releasedAt,
                          String authorisedBy) implements Serializable {
    }
}
