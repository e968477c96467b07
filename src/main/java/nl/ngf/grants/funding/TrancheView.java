package nl.ngf.grants.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ngf.grants.documents.DocumentView;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.shared.Money;

/**
 * One tranche as the PPS page shows it: the schedule (the milestone with its KPI target, null for a tranche
 * planned before milestones had one, and the PPS's baseline it is measured from), where it is, when the
 * last reminder went out, when a withheld tranche's corrective-action plan is due (null otherwise), what
 * was reported and decided, what was paid.
 */
public record TrancheView(long id, long partnershipId, String partnershipName, long programmeId, int sequence, Money amount,
                          LocalDate plannedDate, String milestone, KpiTarget target, Kpis baseline, TrancheStatus status,
                          Instant reminderSentAt, LocalDate planDue,
                          List<Report> reports,
                          List<Decision> decisions, Disbursement disbursement, boolean paymentStalled) implements Serializable {

    /** A progress report (with KPIs) or a corrective-action plan (without). */
    public record Report(int round, boolean correctivePlan, Integer companies, BigDecimal smeReachPercent, Integer students,
                         Integer teachers, Money cofinancing, String narrative, List<DocumentView> documents,
                         String submittedBy, Instant submittedAt) implements Serializable {

        /** The reported figures; null for a corrective-action plan. */
        public nl.ngf.grants.partnership.Kpis kpis() {
            return correctivePlan ? null : new nl.ngf.grants.partnership.Kpis(companies, smeReachPercent, students, teachers, cofinancing);
        }
    }

    /**
     * A decision: VERIFICATION (the attainment the officer found, and the one the report's figures give
     * against the target, measured), RULE (the decision table's rule, and the table's version where it was kept, with
     * the inputs it was given: attainment and tranche amount), APPROVAL (second officer), OVERDUE
     * or PLAN_OVERDUE (an overdue report or corrective-action plan: extend or cancel). The explanation
     * is the officer's reasoning, or the rule's description.
     */
    public record Decision(String kind, String outcome, String decidedBy, Instant decidedAt, BigDecimal attainment,
                           BigDecimal measuredAttainment, Money inputAmount, Integer tableVersion, String ruleId, String explanation)
            implements Serializable {
    }

    public record Disbursement(Money amount, String authorisedBy, Instant releasedAt) implements Serializable {
    }

    /** One step of the tranche's course: a report or corrective-action plan, or a decision. */
    public record Step(Report report, Decision decision) implements Serializable {

        public Instant at() {
            return report != null ? report.submittedAt() : decision.decidedAt();
        }
    }

    public Report latestReport() {
        return reports.isEmpty() ? null : reports.get(reports.size() - 1);
    }

    /**
     * How far the latest progress report's figures attain the milestone's target (see
     * {@link KpiTarget#attainment}): what the verifying officer starts from; null without a target or a report.
     */
    public BigDecimal measuredAttainment() {
        Report latest = latestProgressReport();
        return target == null || latest == null ? null : target.attainment(baseline, latest.kpis());
    }

    /** The latest report with figures (not a corrective-action plan); null before the first. */
    public Report latestProgressReport() {
        Report latest = null;
        for (Report r : reports) {
            if (!r.correctivePlan()) {
                latest = r;
            }
        }
        return latest;
    }

    /**
     * Reports, plans and decisions in the order they happened, as an auditor reads them: a report, its
     * verification, the decision table's verdict, the plan that answered a withheld tranche, and so on.
     */
    public List<Step> course() {
        List<Step> steps = new java.util.ArrayList<>();
        reports.forEach(report -> steps.add(new Step(report, null)));
        decisions.forEach(decision -> steps.add(new Step(null, decision)));
        steps.sort(java.util.Comparator.comparing(Step::at));
        return steps;
    }
}
