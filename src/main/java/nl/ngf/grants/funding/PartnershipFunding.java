package nl.ngf.grants.funding;

import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.shared.Money;

/** A PPS's money: its allocation, what is released of it, and per tranche the details. */
public record PartnershipFunding(Money allocated, Money released, List<TrancheView> tranches,
                                 List<ChangeRequestView> changeRequests) implements Serializable {

    public Money remaining() {
        return allocated.minus(released);
    }
}
