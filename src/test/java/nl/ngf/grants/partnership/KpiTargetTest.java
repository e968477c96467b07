package nl.ngf.grants.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.ngf.grants.shared.Money;
import org.junit.jupiter.api.Test;

/** How far a report attains a milestone's KPI value, as the verifying officer is shown it. */
class KpiTargetTest {

    static final Kpis BASELINE = new Kpis(35, new BigDecimal("4.50"), 500, 25, Money.ofEuros(150_000));

    static Kpis reported(int companies, String smeReach, int students, String cofinancing) {
        return new Kpis(companies, new BigDecimal(smeReach), students, 31, Money.ofEuros(new BigDecimal(cofinancing)));
    }

    @Test
    void attainmentIsTheShareOfTheWayFromBaselineToTheMilestone() {
        assertThat(new KpiTarget(Kpi.COMPANIES, new BigDecimal("45")).attainment(BASELINE, reported(44, "5.50", 520, "210000")))
                .isEqualByComparingTo("90.00");
        assertThat(new KpiTarget(Kpi.STUDENTS, new BigDecimal("700")).attainment(BASELINE, reported(44, "5.50", 700, "210000")))
                .isEqualByComparingTo("100.00");
        assertThat(new KpiTarget(Kpi.SME_REACH, new BigDecimal("10.00")).attainment(BASELINE, reported(44, "9.50", 520, "210000")))
                .as("(9.50 - 4.50) / (10.00 - 4.50) = 90.909..%").isEqualByComparingTo("90.90");
        assertThat(new KpiTarget(Kpi.COFINANCING, new BigDecimal("450000.00")).attainment(BASELINE, reported(44, "5.50", 520, "300000.00")))
                .isEqualByComparingTo("50.00");
    }

    @Test
    void roundingNeverLiftsAReportOverAThreshold() {
        // 79.9996..% is below the decision table's 80%: it stays 79.99, not 80.00.
        KpiTarget target = new KpiTarget(Kpi.COFINANCING, new BigDecimal("400000.00"));
        assertThat(target.attainment(BASELINE, reported(44, "5.50", 520, "349999.99"))).isEqualByComparingTo("79.99");
        // A figure that fell is below zero, rounded down too.
        assertThat(new KpiTarget(Kpi.STUDENTS, new BigDecimal("800")).attainment(BASELINE, reported(44, "5.50", 499, "0")))
                .isEqualByComparingTo("-0.34");
    }

    @Test
    void pastTheMilestoneIsAboveAHundredAndAMilestoneAtTheBaselineMeasuresNothing() {
        assertThat(new KpiTarget(Kpi.COMPANIES, new BigDecimal("40")).attainment(BASELINE, reported(52, "5.50", 520, "210000")))
                .isEqualByComparingTo("340.00");
        assertThat(new KpiTarget(Kpi.COMPANIES, new BigDecimal("35")).attainment(BASELINE, reported(52, "5.50", 520, "210000"))).isNull();
    }
}
