package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.ngf.grants.shared.Money;

/** A programme's allocation as its pages show it: per PPS the amount and the tranche schedule. */
public record AllocationView(Money awarded, Money allocated, List<Line> lines) implements Serializable {

    public record Line(long partnershipId, String partnershipName, Money amount, List<Tranche> tranches) implements Serializable {
    }

    /** A tranche; its milestone's target is null only for a tranche planned before milestones had one. */
    public record Tranche(int sequence, Money amount, LocalDate plannedDate, String milestone, KpiTarget target) implements Serializable {
    }

    public Money remaining() {
        return awarded == null ? Money.ZERO : awarded.minus(allocated);
    }
}
