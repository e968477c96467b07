package nl.ngf.grants.funding;

import java.io.Serializable;
import nl.ngf.grants.shared.Money;

/**
 * The release step of a paid tranche run once more, as a retried or duplicated job would: the tranche's
 * ledger lines and what its PPS was paid, before and after.
 */
public record ReleaseReplay(long trancheId, String partnershipName, int tranche, long linesBefore, long linesAfter,
                            Money paidToPartnershipBefore, Money paidToPartnershipAfter) implements Serializable {

    /** True when the replay changed the ledger, which it never should. */
    public boolean ledgerChanged() {
        return linesBefore != linesAfter || !paidToPartnershipBefore.equals(paidToPartnershipAfter);
    }
}
