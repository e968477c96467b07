package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a grant officer enters: per PPS an amount and the tranches it is paid in. Amounts in euros. */
public record AllocationPlan(List<Line> lines) implements Serializable {

    public record Line(long partnershipId, BigDecimal amount, List<Tranche> tranches) implements Serializable {
    }

    /** One tranche: its amount, planned date and milestone (a description and the KPI value to reach by then). */
    public record Tranche(BigDecimal amount, LocalDate plannedDate, String milestone, KpiTarget target) implements Serializable {
    }
}
