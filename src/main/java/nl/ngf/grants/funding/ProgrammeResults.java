package nl.ngf.grants.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.shared.Money;

/**
 * What a programme's PPSs have achieved, from their progress reports: per PPS its KPI baseline, the
 * figures of its latest progress report (null before the first) and its targets; and the programme's
 * totals of each. A PPS that has not reported yet counts at its baseline: nothing is known to have moved.
 */
public record ProgrammeResults(List<Line> lines) implements Serializable {

    public ProgrammeResults {
        lines = List.copyOf(lines);
    }

    /** One PPS: baseline, latest reported figures and when they were reported (both null before its first report), target. */
    public record Line(long partnershipId, String name, String region, Kpis baseline, Kpis latest, Instant reportedAt, Kpis target)
            implements Serializable {

        /** Where the PPS stands: its latest report, or its baseline before the first. */
        public Kpis now() {
            return latest == null ? baseline : latest;
        }
    }

    /** How many of the PPSs have reported at least once. */
    public int reported() {
        return (int) lines.stream().filter(l -> l.latest() != null).count();
    }

    public Kpis baseline() {
        return total(Line::baseline);
    }

    public Kpis now() {
        return total(Line::now);
    }

    public Kpis target() {
        return total(Line::target);
    }

    /**
     * The programme's figures: companies, students, teachers and the business contribution added up;
     * the SME reach, a share of each PPS's own region, as the mean over the PPSs (two decimals, half up).
     * Null for a programme without PPSs.
     */
    private Kpis total(Function<Line, Kpis> figures) {
        if (lines.isEmpty()) {
            return null;
        }
        List<Kpis> all = lines.stream().map(figures).toList();
        BigDecimal reach = all.stream().map(Kpis::smeReachPercent).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(all.size()), 2, RoundingMode.HALF_UP);
        return new Kpis(all.stream().mapToLong(Kpis::companies).sum(), reach, all.stream().mapToLong(Kpis::students).sum(),
                all.stream().mapToLong(Kpis::teachers).sum(), all.stream().map(Kpis::cofinancing).reduce(Money.ZERO, Money::plus));
    }
}
