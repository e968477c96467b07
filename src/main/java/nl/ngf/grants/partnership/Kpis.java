package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.ngf.grants.shared.Money;

/**
 * A PPS's key figures: connected companies, the share of the region's SMEs reached (percent, two
 * decimals), students, teachers and the business contribution (co-financing) per year; or a programme's,
 * added up over its PPSs. A PPS's count is at most ten million ({@link Kpi#most}); a programme's totals
 * run past what an int holds, hence longs.
 */
public record Kpis(long companies, BigDecimal smeReachPercent, long students, long teachers, Money cofinancing) implements Serializable {

    /**
     * How far each figure has come from this baseline toward the target: (now − baseline) / (target −
     * baseline), in whole percent (half up). Below 0 when a figure fell, above 100 past the target;
     * null for a figure whose target equals its baseline (there is no way to go). Far past a target set just above its
     * baseline that is billions of percent, and shown as such.
     */
    public Progress progressTo(Kpis now, Kpis target) {
        return new Progress(share(companies, now.companies, target.companies),
                share(smeReachPercent, now.smeReachPercent, target.smeReachPercent),
                share(students, now.students, target.students), share(teachers, now.teachers, target.teachers),
                share(cofinancing.euros(), now.cofinancing.euros(), target.cofinancing.euros()));
    }

    private static Long share(long baseline, long now, long target) {
        return share(BigDecimal.valueOf(baseline), BigDecimal.valueOf(now), BigDecimal.valueOf(target));
    }

    private static Long share(BigDecimal baseline, BigDecimal now, BigDecimal target) {
        BigDecimal way = target.subtract(baseline);
        if (way.signum() == 0) {
            return null;
        }
        return now.subtract(baseline).multiply(BigDecimal.valueOf(100)).divide(way, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Per figure, the percentage of the way from baseline to target covered (see {@link #progressTo}). */
    public record Progress(Long companies, Long smeReach, Long students, Long teachers, Long cofinancing)
            implements Serializable {
    }
}
