package nl.ngf.grants.funding.internal;

import java.math.BigDecimal;
import nl.ngf.grants.funding.ChangeKind;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.Refusals;

/** The checks on what users enter for a tranche, made before anything is written. */
final class FundingRules {

    static final int MAX_TEXT = 4000;
    static final BigDecimal MAX_ATTAINMENT = BigDecimal.valueOf(1000);

    private FundingRules() {
    }

    static void checkReport(ProgressReportSubmission report) {
        if (report == null) {
            throw new DomainException("report.kpis.required");
        }
        // Each figure and the narrative on its own: the applicant is told everything wrong at once.
        new Refusals().check(() -> count(report.companies(), Kpi.COMPANIES))
                .check(() -> smeReach(report.smeReachPercent()))
                .check(() -> count(report.students(), Kpi.STUDENTS))
                .check(() -> count(report.teachers(), Kpi.TEACHERS))
                .check(() -> cofinancing(report.cofinancing()))
                .check(() -> text(report.narrative(), "report.narrative.required"))
                .refuseIfAny();
    }

    private static void cofinancing(BigDecimal euros) {
        if (euros == null || Money.ofEuros(euros).cents() < 0) {
            throw new DomainException("report.cofinancing.range");
        }
        if (Kpi.COFINANCING.isBeyondMost(euros)) {
            throw new DomainException("report.cofinancing.tooLarge");
        }
    }

    private static void smeReach(BigDecimal reach) {
        if (reach == null) {
            throw new DomainException("report.smeReach.required");
        }
        if (reach.signum() < 0 || reach.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("report.smeReach.range");
        }
        if (reach.stripTrailingZeros().scale() > 2) {
            throw new DomainException("report.smeReach.decimals");
        }
    }

    /** The attainment of the milestone in percent: 0 to 1000, at most two decimals. */
    static BigDecimal attainment(BigDecimal percent) {
        if (percent == null) {
            throw new DomainException("verify.attainment.required");
        }
        if (percent.signum() < 0 || percent.compareTo(MAX_ATTAINMENT) > 0) {
            throw new DomainException("verify.attainment.range");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new DomainException("verify.attainment.decimals");
        }
        return percent.setScale(2);
    }

    /** A required text, stripped; markup is kept as typed and always shown escaped. */
    static String text(String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new DomainException(requiredKey);
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw new DomainException("funding.text.tooLong", MAX_TEXT);
        }
        return text;
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : text(value, "funding.text.tooLong");
    }

    /**
     * Whether a change needs a grant officer: a delay or a new milestone always; a budget shift when it leaves either
     * tranche more than {@code thresholdPercent} away from the amount an officer set for it (at the allocation, or by
     * approving a change), however many shifts applied at once brought it there: a large shift split into small ones
     * still reaches an officer.
     */
    static boolean needsApproval(ChangeKind kind, long setFromCents, long fromCentsAfter, long setToCents, long toCentsAfter,
                                 int thresholdPercent) {
        if (kind != ChangeKind.BUDGET_SHIFT) {
            return true;
        }
        return deviates(setFromCents, fromCentsAfter, thresholdPercent) || deviates(setToCents, toCentsAfter, thresholdPercent);
    }

    private static boolean deviates(long setCents, long cents, int thresholdPercent) {
        return Math.multiplyExact(Math.abs(Math.subtractExact(cents, setCents)), 100L) > Math.multiplyExact(setCents, (long) thresholdPercent);
    }

    private static void count(Integer value, Kpi kpi) {
        String key = "report." + kpi.key();
        if (value == null) {
            throw new DomainException(key + ".required");
        }
        if (value < 0 || kpi.isBeyondMost(BigDecimal.valueOf(value))) {
            throw new DomainException(key + ".range");
        }
    }
}
