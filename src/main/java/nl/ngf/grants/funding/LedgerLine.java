package nl.ngf.grants.funding;

import java.io.Serializable;
import java.time.Instant;
import nl.ngf.grants.shared.Money;

/** One line of the disbursement ledger with what it paid for: programme, PPS, tranche, amount, when, authorised by. */
public record LedgerLine(long trancheId, long programmeId, String programmeReference, long partnershipId, String partnershipName,
                         int tranche, Money amount, Instant releasedAt, String authorisedBy) implements Serializable {
}
