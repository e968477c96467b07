package nl.ngf.grants.partnership;

import java.math.BigDecimal;
import nl.ngf.grants.shared.Money;

/**
 * One of a PPS's key figures, as a tranche's milestone names it. Counts are whole numbers, the SME
 * reach a percentage with two decimals, the business contribution euros with cents; more is better
 * for each of them.
 */
public enum Kpi {
    COMPANIES("companies", 0),
    SME_REACH("smeReach", 2),
    STUDENTS("students", 0),
    TEACHERS("teachers", 0),
    COFINANCING("cofinancing", 2);

    private final String key;
    private final int scale;

    Kpi(String key, int scale) {
        this.key = key;
        this.scale = scale;
    }

    /** The message key suffix of its name on screens: partnership.kpi.{key}. */
    public String key() {
        return key;
    }

    /** The decimals a value of this figure has: 0 for counts, 2 for the percentage and for euros. */
    public int scale() {
        return scale;
    }

    /**
     * The most this figure can be, for a PPS's baseline and target, a milestone and a report alike: ten million of a
     * count, a hundred percent, a billion euros a year. Beyond it a number has zeros too many.
     */
    public BigDecimal most() {
        return switch (this) {
            case COMPANIES, STUDENTS, TEACHERS -> BigDecimal.valueOf(10_000_000);
            case SME_REACH -> BigDecimal.valueOf(100);
            case COFINANCING -> BigDecimal.valueOf(1_000_000_000);
        };
    }

    /** Whether a value of this figure lies beyond the most it can be ({@link #most}): a number typed with zeros too many. */
    public boolean isBeyondMost(BigDecimal value) {
        return value.compareTo(most()) > 0;
    }

    /** This figure of a set of KPIs; the business contribution in euros. */
    public BigDecimal of(Kpis kpis) {
        return switch (this) {
            case COMPANIES -> BigDecimal.valueOf(kpis.companies());
            case SME_REACH -> kpis.smeReachPercent();
            case STUDENTS -> BigDecimal.valueOf(kpis.students());
            case TEACHERS -> BigDecimal.valueOf(kpis.teachers());
            case COFINANCING -> (kpis.cofinancing() == null ? Money.ZERO : kpis.cofinancing()).euros();
        };
    }
}
