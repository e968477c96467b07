package nl.ngf.grants.funding;

import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.shared.Money;

/** A page of the disbursement ledger, newest first, with how many lines the whole ledger has and what they add up to. */
public record LedgerExtract(List<LedgerLine> lines, long count, Money total) implements Serializable {

    public LedgerExtract {
        lines = List.copyOf(lines);
    }
}
