package nl.ngf.grants.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.ngf.grants.funding.ChangeKind;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingRulesTest {

    private static ProgressReportSubmission report(Integer companies, String reach, String cofinancing, String narrative) {
        return new ProgressReportSubmission(companies, reach == null ? null : new BigDecimal(reach), 800, 40,
                cofinancing == null ? null : new BigDecimal(cofinancing), narrative, List.of());
    }

    private static String refusal(Runnable check) {
        try {
            check.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        return "accepted";
    }

    @ParameterizedTest(name = "{0} companies, {1}% reach, EUR {2}, ''{3}'' -> {4}")
    @CsvSource(nullValues = "null", value = {
            "120, 9.50,   250000.00, Op koers,  accepted",
            "null, 9.50,  250000.00, Op koers,  report.companies.required",
            "-1,  9.50,   250000.00, Op koers,  report.companies.range",
            "120, 100.01, 250000.00, Op koers,  report.smeReach.range",
            "120, null,   250000.00, Op koers,  report.smeReach.required",
            "120, 9.505,  250000.00, Op koers,  report.smeReach.decimals",
            "120, 9.50,   -0.01,     Op koers,  report.cofinancing.range",
            "10000000, 9.50, 1000000000.00, Op koers, accepted",
            "10000001, 9.50, 250000.00, Op koers, report.companies.range",
            "120, 9.50,   1000000000.01, Op koers, report.cofinancing.tooLarge",
            "120, 9.50,   0.001,     Op koers,  money.cents",
            "120, 9.50,   250000.00, '   ',     report.narrative.required"})
    void aProgressReportIsCheckedBeforeAnythingIsWritten(Integer companies, String reach, String cofinancing, String narrative,
                                                         String expected) {
        assertThat(refusal(() -> FundingRules.checkReport(report(companies, reach, cofinancing, narrative)))).isEqualTo(expected);
    }

    /** The applicant is told everything wrong with a report at once, in the form's order, not one thing per try. */
    @Test
    void aReportWithSeveralFiguresWrongIsRefusedWithEachOfThem() {
        ProgressReportSubmission wrong = new ProgressReportSubmission(-5, new BigDecimal("150"), 800, null, new BigDecimal("-1"), " ",
                List.of());
        assertThatThrownBy(() -> FundingRules.checkReport(wrong)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("report.companies.range");
            assertThat(e.refusals()).extracting(DomainException::messageKey).containsExactly("report.companies.range",
                    "report.smeReach.range", "report.teachers.required", "report.cofinancing.range", "report.narrative.required");
        });
    }

    @Test
    void attainmentIsAPercentageWithTwoDecimalsAtMost() {
        assertThat(FundingRules.attainment(new BigDecimal("87.5"))).isEqualByComparingTo("87.50");
        assertThat(refusal(() -> FundingRules.attainment(new BigDecimal("-1")))).isEqualTo("verify.attainment.range");
        assertThat(refusal(() -> FundingRules.attainment(new BigDecimal("1000.01")))).isEqualTo("verify.attainment.range");
        assertThat(refusal(() -> FundingRules.attainment(new BigDecimal("99.999")))).isEqualTo("verify.attainment.decimals");
        assertThat(refusal(() -> FundingRules.attainment(null))).as("left empty").isEqualTo("verify.attainment.required");
    }

    @ParameterizedTest(name = "{0}: from {1} as an officer set it to {2}, to {3} as set to {4} -> approval {5}")
    @CsvSource({
            "BUDGET_SHIFT, 100000,  75000, 100000, 125000, false",
            "BUDGET_SHIFT, 100000,  74999, 100000, 125001, true",
            "BUDGET_SHIFT, 400000, 374999, 100000, 125001, true",
            "BUDGET_SHIFT, 400000, 350000, 200000, 250000, false",
            // A second small shift measured from the amounts the officer set, not from those the first left.
            "BUDGET_SHIFT, 400000, 340000, 200000, 260000, true",
            // Back towards the amount the officer set: within the threshold again.
            "BUDGET_SHIFT, 200000, 230000, 400000, 370000, false",
            "DELAY,        100000, 100000, 100000, 100000, true",
            "CONTENT,      100000, 100000, 100000, 100000, true"})
    void aBudgetShiftThatTakesEitherTrancheBeyondTheThresholdOfItsSetAmountNeedsAnOfficer(ChangeKind kind, long setFrom, long fromAfter,
                                                                                     long setTo, long toAfter, boolean expected) {
        assertThat(FundingRules.needsApproval(kind, setFrom, fromAfter, setTo, toAfter, 25)).isEqualTo(expected);
    }
}
