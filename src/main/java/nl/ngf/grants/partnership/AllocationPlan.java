package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a grant officer enters: per PPS an amount and the tranches it is paid in. Amounts in euros. */
public record AllocationPlan(List<Line> lines) implements Serializable {

    public record Line(long partnershipId, BigDecimal amount, List<Tranche> tranches) implements Serializable {
    }

    public record Tranche(BigDecimal amount, LocalDate plannedDate, String milestone) implements Serializable {
    }
}
