package nl.ngf.grants.funding;

import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.shared.Money;

/** A PPS's money: its allocation, what is released of it, what lapsed, and per tranche the details. */
public record PartnershipFunding(Money allocated, Money released, List<TrancheView> tranches,
                                 List<ChangeRequestView> changeRequests) implements Serializable {

    /** The money of its cancelled tranches: allocated, and never to be paid. */
    public Money cancelled() {
        return tranches.stream().filter(t -> t.status() == TrancheStatus.CANCELLED).map(TrancheView::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What is still to be paid: the allocation less what is paid and what lapsed with a cancelled tranche. */
    public Money remaining() {
        return allocated.minus(released).minus(cancelled());
    }
}
