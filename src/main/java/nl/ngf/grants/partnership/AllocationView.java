package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.ngf.grants.shared.Money;

/** A programme's allocation as its pages show it: per PPS the amount and the tranche schedule. */
public record AllocationView(Money awarded, Money allocated, List<Line> lines) implements Serializable {

    public record Line(long partnershipId, String partnershipName, Money amount, List<Tranche> tranches) implements Serializable {
    }

    public record Tranche(int sequence, Money amount, LocalDate plannedDate, String milestone) implements Serializable {
    }

    public Money remaining() {
        return awarded == null ? Money.ZERO : awarded.minus(allocated);
    }
}
