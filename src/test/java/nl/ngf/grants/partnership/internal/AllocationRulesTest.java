package nl.ngf.grants.partnership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.partnership.AllocationPlan;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import org.junit.jupiter.api.Test;

/** The money rules of an allocation, before anything is written. */
class AllocationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Kpis BASELINE = new Kpis(80, new BigDecimal("4.50"), 600, 30, Money.ofEuros(200_000));
    static final Map<Long, AllocationRules.Pps> PPSS = Map.of(1L, new AllocationRules.Pps("PPS Zorg", BASELINE),
            2L, new AllocationRules.Pps("PPS Techniek", BASELINE));
    static final KpiTarget STUDENTS_700 = new KpiTarget(Kpi.STUDENTS, new BigDecimal("700"));
    static final Money AWARDED = Money.ofEuros(1_000_000);

    static AllocationPlan.Tranche tranche(String amount, int monthsAhead) {
        return new AllocationPlan.Tranche(new BigDecimal(amount), TODAY.plusMonths(monthsAhead), "KPI mijlpaal " + monthsAhead, STUDENTS_700);
    }

    static List<Allocation> check(AllocationPlan.Line... lines) {
        return AllocationRules.check(9L, new AllocationPlan(List.of(lines)), PPSS, AWARDED, TODAY, "adviseur", Instant.EPOCH);
    }

    private static void refused(String key, AllocationPlan.Line... lines) {
        assertThatThrownBy(() -> check(lines))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void anAllocationWithinTheAwardWhoseTranchesAddUpIsAccepted() {
        List<Allocation> allocations = check(
                new AllocationPlan.Line(1L, new BigDecimal("600000.00"), List.of(tranche("200000.00", 6), tranche("400000.00", 18))),
                new AllocationPlan.Line(2L, new BigDecimal("400000.00"), List.of(tranche("400000.00", 12))));

        assertThat(allocations).extracting(a -> a.amountCents).containsExactly(60_000_000L, 40_000_000L);
        assertThat(allocations.get(0).tranches).extracting(t -> t.sequence + ":" + t.amountCents).containsExactly("1:20000000", "2:40000000");
    }

    /** A plan over many PPSs: the officer is told each PPS's and each tranche's problem at once, in the form's order. */
    @Test
    void aPlanWithSeveralProblemsIsRefusedWithEachOfThem() {
        AllocationPlan.Tranche undated = new AllocationPlan.Tranche(new BigDecimal("100000.00"), null, "Zonder datum", STUDENTS_700);
        AllocationPlan.Tranche belowBaseline = new AllocationPlan.Tranche(new BigDecimal("500000.00"), TODAY.plusMonths(6), " ",
                new KpiTarget(Kpi.STUDENTS, new BigDecimal("500")));
        assertThatThrownBy(() -> check(
                new AllocationPlan.Line(1L, new BigDecimal("600000.00"), List.of(tranche("200000.00", 6), undated)),
                new AllocationPlan.Line(2L, new BigDecimal("-1"), List.of(belowBaseline))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals())
                        .extracting(refusal -> refusal.messageKey() + refusal.arguments()).containsExactly(
                                "allocation.tranche.date.required[PPS Zorg, 2]",
                                // The amounts are told not to add up while a date is still wrong: the sum does not depend on it.
                                "allocation.tranches.sum[PPS Zorg]",
                                "allocation.amount.positive[PPS Techniek]",
                                "allocation.tranche.milestone.required[PPS Techniek, 1]",
                                "allocation.tranche.target.aboveBaseline[PPS Techniek, 1, 600]"));
        // A tranche too far from the one before is told once: the next is measured from it, not from the one before.
        assertThatThrownBy(() -> check(new AllocationPlan.Line(1L, new BigDecimal("30"),
                List.of(tranche("10", 3), tranche("10", 16), tranche("10", 20)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals())
                        .extracting(refusal -> refusal.messageKey() + refusal.arguments())
                        .containsExactly("allocation.tranche.withinAYear[PPS Zorg, 2]"));
        // Tranches that each hold but do not add up, and a total above the award, are told together too.
        assertThatThrownBy(() -> check(
                new AllocationPlan.Line(1L, new BigDecimal("600000.00"), List.of(tranche("200000.00", 6))),
                new AllocationPlan.Line(2L, new BigDecimal("500000.00"), List.of(tranche("500000.00", 6)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .containsExactly("allocation.tranches.sum", "allocation.aboveAwarded"));
    }

    @Test
    void moreThanTheAwardedAmountIsRefused() {
        AllocationPlan.Line[] aCentTooMuch = {new AllocationPlan.Line(1L, new BigDecimal("600000.00"), List.of(tranche("600000.00", 6))),
                new AllocationPlan.Line(2L, new BigDecimal("400000.01"), List.of(tranche("400000.01", 6)))};
        refused("allocation.aboveAwarded", aCentTooMuch);
        assertThatThrownBy(() -> check(aCentTooMuch)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.arguments()).as("by how much, and the award it is above").containsExactly(Money.ofCents(1), AWARDED));
    }

    @Test
    void tranchesThatDoNotAddUpAreRefused() {
        refused("allocation.tranches.sum",
                new AllocationPlan.Line(1L, new BigDecimal("600000.00"), List.of(tranche("200000.00", 6), tranche("399999.99", 18))));
    }

    @Test
    void aPpsOfAnotherProgrammeOrTwiceIsRefused() {
        refused("allocation.partnership.unknown", new AllocationPlan.Line(3L, BigDecimal.TEN, List.of(tranche("10", 6))));
        refused("allocation.partnership.twice",
                new AllocationPlan.Line(1L, BigDecimal.TEN, List.of(tranche("10", 6))),
                new AllocationPlan.Line(1L, BigDecimal.TEN, List.of(tranche("10", 6))));
    }

    @Test
    void amountsDatesAndMilestonesMustMakeSense() {
        refused("allocation.amount.positive", new AllocationPlan.Line(1L, new BigDecimal("-5"), List.of(tranche("-5", 6))));
        refused("money.cents", new AllocationPlan.Line(1L, new BigDecimal("10.001"), List.of(tranche("10.001", 6))));
        refused("allocation.tranche.dateOrder", new AllocationPlan.Line(1L, BigDecimal.TEN, List.of(tranche("10", 0))));
        refused("allocation.tranche.dateOrder", new AllocationPlan.Line(1L, BigDecimal.TEN, List.of(tranche("5", 12), tranche("5", 6))));
        refused("allocation.tranche.firstWithinAYear", new AllocationPlan.Line(1L, BigDecimal.TEN, List.of(tranche("10", 13))));
        refused("allocation.tranche.withinAYear", new AllocationPlan.Line(1L, BigDecimal.TEN, List.of(tranche("5", 3), tranche("5", 16))));
        assertThat(check(new AllocationPlan.Line(1L, BigDecimal.TEN, List.of(tranche("5", 12), tranche("5", 24)))))
                .as("a PPS reports at least once a year: a year to the day is still in time").hasSize(1);
        refused("allocation.tranche.milestone.required", new AllocationPlan.Line(1L, BigDecimal.TEN,
                List.of(new AllocationPlan.Tranche(BigDecimal.TEN, TODAY.plusDays(30), " ", STUDENTS_700))));
        refused("allocation.tranches.required", new AllocationPlan.Line(1L, BigDecimal.TEN, List.of()));
        refused("allocation.lines.required");
    }

    private static AllocationPlan.Line measuredOn(KpiTarget target) {
        return new AllocationPlan.Line(1L, BigDecimal.TEN, List.of(new AllocationPlan.Tranche(BigDecimal.TEN, TODAY.plusMonths(6), "Mijlpaal", target)));
    }

    @Test
    void eachMilestoneIsMeasuredOnAKpiValueThePpsCanReachFromItsBaseline() {
        refused("allocation.tranche.target.required", measuredOn(null));
        refused("allocation.tranche.target.aboveBaseline", measuredOn(new KpiTarget(Kpi.STUDENTS, new BigDecimal("600"))));
        refused("allocation.tranche.target.aboveBaseline", measuredOn(new KpiTarget(Kpi.SME_REACH, new BigDecimal("4.5"))));
        refused("allocation.tranche.target.invalid", measuredOn(new KpiTarget(Kpi.COMPANIES, new BigDecimal("-1"))));
        refused("allocation.tranche.target.invalid", measuredOn(new KpiTarget(Kpi.SME_REACH, new BigDecimal("100.01"))));
        refused("allocation.tranche.target.invalid", measuredOn(new KpiTarget(Kpi.STUDENTS, new BigDecimal("10000001"))));
        refused("allocation.tranche.target.invalid", measuredOn(new KpiTarget(Kpi.COFINANCING, new BigDecimal("1000000000.01"))));
        assertThat(check(measuredOn(new KpiTarget(Kpi.COFINANCING, new BigDecimal("1000000000"))))).as("the most it can be").hasSize(1);
        refused("allocation.tranche.target.decimals", measuredOn(new KpiTarget(Kpi.TEACHERS, new BigDecimal("40.5"))));
        refused("allocation.tranche.target.decimals", measuredOn(new KpiTarget(Kpi.COFINANCING, new BigDecimal("250000.001"))));

        PlannedTranche reach = check(measuredOn(new KpiTarget(Kpi.SME_REACH, new BigDecimal("10.5")))).get(0).tranches.get(0);
        assertThat(reach.target()).as("kept at the figure's scale").isEqualTo(new KpiTarget(Kpi.SME_REACH, new BigDecimal("10.50")));
        PlannedTranche teachers = check(measuredOn(new KpiTarget(Kpi.TEACHERS, new BigDecimal("40.00")))).get(0).tranches.get(0);
        assertThat(teachers.target()).as("a whole count typed with decimals").isEqualTo(new KpiTarget(Kpi.TEACHERS, new BigDecimal("40")));
    }
}
