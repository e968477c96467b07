package nl.ngf.grants.partnership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import org.junit.jupiter.api.Test;

/** The rules on a PPS's figures: targets never below baselines, a percentage between 0 and 100. */
class PartnershipTest {

    static final Kpis BASELINE = new Kpis(120, new BigDecimal("5.00"), 900, 40, Money.ofEuros(250_000));
    static final Kpis TARGET = new Kpis(360, new BigDecimal("20.00"), 1800, 80, Money.ofEuros(750_000));

    static Partnership register(Kpis baseline, Kpis target) {
        return Partnership.register(1L, 2L, "PPS Techniek Noord", "Groningen", "Techniek", "Noorderpoort",
                baseline, target, "adviseur", Instant.parse("2026-11-27T10:00:00Z"));
    }

    private static void refused(Kpis baseline, Kpis target, String key) {
        assertThatThrownBy(() -> register(baseline, target))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void keepsBaselineAndTargetAsEntered() {
        Partnership pps = register(BASELINE, TARGET);
        assertThat(pps.baseline()).isEqualTo(BASELINE);
        assertThat(pps.target()).isEqualTo(TARGET);
    }

    @Test
    void refusesTargetsBelowTheBaseline() {
        refused(BASELINE, new Kpis(100, TARGET.smeReachPercent(), 1800, 80, TARGET.cofinancing()), "partnership.companies.belowBaseline");
        refused(BASELINE, new Kpis(360, new BigDecimal("4.99"), 1800, 80, TARGET.cofinancing()), "partnership.smeReach.belowBaseline");
        refused(BASELINE, new Kpis(360, TARGET.smeReachPercent(), 1800, 80, Money.ofEuros(1)), "partnership.cofinancing.belowBaseline");
        refused(new Kpis(-1, BASELINE.smeReachPercent(), 900, 40, BASELINE.cofinancing()), TARGET, "partnership.companies.negative");
    }

    @Test
    void aShareOfTheRegionsSmesIsAPercentageWithAtMostTwoDecimals() {
        refused(BASELINE, new Kpis(360, new BigDecimal("100.01"), 1800, 80, TARGET.cofinancing()), "partnership.kpi.percent");
        refused(BASELINE, new Kpis(360, new BigDecimal("20.005"), 1800, 80, TARGET.cofinancing()), "partnership.kpi.percentDecimals");
    }
}
