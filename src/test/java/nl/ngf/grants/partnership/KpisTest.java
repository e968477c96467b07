package nl.ngf.grants.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.ngf.grants.shared.Money;
import org.junit.jupiter.api.Test;

/** What the officer reads beside a report: how far each figure has come from the baseline toward the target. */
class KpisTest {

    static final Kpis BASELINE = new Kpis(35, new BigDecimal("4.50"), 500, 25, Money.ofEuros(150_000));
    static final Kpis TARGET = new Kpis(100, new BigDecimal("18.00"), 1100, 55, Money.ofEuros(500_000));

    @Test
    void eachFigureIsTheShareOfTheWayFromBaselineToTargetInWholePercent() {
        Kpis now = new Kpis(44, new BigDecimal("5.50"), 520, 31, Money.ofEuros(210_000));

        assertThat(BASELINE.progressTo(now, TARGET)).isEqualTo(new Kpis.Progress(14L, 7L, 3L, 20L, 17L));
    }

    @Test
    void reachingTheTargetIsAHundredPercentGoingPastItMoreAndFallingBackBelowZero() {
        Kpis now = new Kpis(100, new BigDecimal("20.25"), 400, 55, Money.ofEuros(150_000));

        assertThat(BASELINE.progressTo(now, TARGET)).isEqualTo(new Kpis.Progress(100L, 117L, -17L, 100L, 0L));
    }

    @Test
    void aFigureWhoseTargetIsItsBaselineHasNoWayToGo() {
        Kpis flat = new Kpis(35, new BigDecimal("4.50"), 500, 25, Money.ofEuros(150_000));

        assertThat(BASELINE.progressTo(TARGET, flat)).isEqualTo(new Kpis.Progress(null, null, null, null, null));
    }

    @Test
    void halfAPercentRoundsUp() {
        Kpis target = new Kpis(235, new BigDecimal("4.50"), 500, 25, Money.ofEuros(150_000));
        Kpis now = new Kpis(36, new BigDecimal("4.50"), 500, 25, Money.ofEuros(150_000));

        assertThat(BASELINE.progressTo(now, target).companies()).as("1 of 200 is 0.5%").isEqualTo(1L);
    }

    @Test
    void aFigureFarPastATargetJustAboveItsBaselineIsShownNotFailedOn() {
        // An officer set the business contribution's target one euro above its baseline; the report brings 25 million.
        Kpis target = new Kpis(100, new BigDecimal("18.00"), 1100, 55, Money.ofEuros(150_001));
        Kpis now = new Kpis(44, new BigDecimal("5.50"), 520, 31, Money.ofEuros(25_000_000));

        assertThat(BASELINE.progressTo(now, target).cofinancing()).isEqualTo(2_485_000_000L);
    }
}
