package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The measurable part of a tranche's milestone: the value one KPI of the PPS is to reach by then. */
public record KpiTarget(Kpi kpi, BigDecimal value) implements Serializable {

    public KpiTarget {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(value, "value");
    }

    /**
     * A target as a row keeps it (a figure and a value column), at the figure's scale; null when either is
     * empty (rows written before milestones had a KPI value).
     */
    public static KpiTarget stored(Kpi kpi, BigDecimal value) {
        return kpi == null || value == null ? null : new KpiTarget(kpi, value.setScale(kpi.scale(), RoundingMode.UNNECESSARY));
    }

    /**
     * How far the reported figure has come from the baseline toward this target, in percent with two
     * decimals, rounded down (a report never passes a threshold of the decision table by rounding):
     * (reported − baseline) / (target − baseline) × 100. Below 0 when the figure fell, above 100 past
     * the target; null when the target is not above the baseline (no way to measure).
     */
    public BigDecimal attainment(Kpis baseline, Kpis reported) {
        BigDecimal from = kpi.of(baseline);
        BigDecimal way = value.subtract(from);
        if (way.signum() <= 0) {
            return null;
        }
        return kpi.of(reported).subtract(from).multiply(BigDecimal.valueOf(100)).divide(way, 2, RoundingMode.FLOOR);
    }
}
