package nl.ngf.grants.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.shared.Money;
import org.junit.jupiter.api.Test;

class TrancheViewTest {

    private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

    private static TrancheView.Report report(int round, boolean plan, int day) {
        return new TrancheView.Report(round, plan, plan ? null : 40, plan ? null : new BigDecimal("5.00"), plan ? null : 500,
                plan ? null : 30, plan ? null : Money.ofEuros(100_000), "round " + round, List.of(), "aanvrager", MONDAY.plusSeconds(86_400L * day));
    }

    private static TrancheView.Decision decision(String kind, String outcome, int day) {
        return new TrancheView.Decision(kind, outcome, "adviseur", MONDAY.plusSeconds(86_400L * day), new BigDecimal("60"),
                null, Money.ofEuros(2_000_000), null, null, kind + " " + outcome);
    }

    static final KpiTarget STUDENTS_550 = new KpiTarget(Kpi.STUDENTS, new BigDecimal("550"));
    static final Kpis BASELINE = new Kpis(30, new BigDecimal("4.00"), 450, 25, Money.ofEuros(80_000));

    private static TrancheView tranche(KpiTarget target, List<TrancheView.Report> reports) {
        return new TrancheView(1, 2, "PPS Zorg", 3, 1, Money.ofEuros(2_000_000), LocalDate.of(2027, 6, 1), "Mijlpaal", target, BASELINE,
                TrancheStatus.IN_VERIFICATION, null, null, reports, List.of(), null, false);
    }

    @Test
    void theOfficerIsShownWhatTheLatestReportsFiguresAttainNotACorrectivePlan() {
        // Report 1: 500 students, from a baseline of 450 toward the milestone's 550.
        assertThat(tranche(STUDENTS_550, List.of(report(1, false, 0))).measuredAttainment()).isEqualByComparingTo("50.00");
        assertThat(tranche(STUDENTS_550, List.of(report(1, false, 0), report(2, true, 3))).measuredAttainment())
                .as("a corrective-action plan has no figures: the report before it counts").isEqualByComparingTo("50.00");
        assertThat(tranche(STUDENTS_550, List.of()).measuredAttainment()).as("nothing reported yet").isNull();
        assertThat(tranche(null, List.of(report(1, false, 0))).measuredAttainment()).as("a tranche planned without a KPI value").isNull();
    }

    @Test
    void theCourseOfAWithheldTrancheReadsInTheOrderItHappened() {
        TrancheView withheld = new TrancheView(1, 2, "PPS Zorg", 3, 1, Money.ofEuros(2_000_000), LocalDate.of(2027, 6, 1), "Mijlpaal",
                STUDENTS_550, BASELINE, TrancheStatus.RELEASED, null, null,
                List.of(report(1, false, 0), report(2, true, 3)),
                List.of(decision("VERIFICATION", "VERIFIED", 1), decision("RULE", "WITHHOLD", 1), decision("VERIFICATION", "VERIFIED", 4),
                        decision("RULE", "RELEASE_AFTER_SECOND_APPROVAL", 4), decision("APPROVAL", "APPROVED", 5)),
                null, false);

        assertThat(withheld.course()).extracting(step -> step.report() != null
                        ? (step.report().correctivePlan() ? "plan " : "report ") + step.report().round()
                        : step.decision().kind() + " " + step.decision().outcome())
                .containsExactly("report 1", "VERIFICATION VERIFIED", "RULE WITHHOLD", "plan 2", "VERIFICATION VERIFIED",
                        "RULE RELEASE_AFTER_SECOND_APPROVAL", "APPROVAL APPROVED");
    }
}
