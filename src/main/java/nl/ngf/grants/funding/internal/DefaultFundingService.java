package nl.ngf.grants.funding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.documents.DocumentService;
import nl.ngf.grants.documents.DocumentView;
import nl.ngf.grants.funding.ChangeKind;
import nl.ngf.grants.funding.ChangeRequestDecision;
import nl.ngf.grants.funding.ChangeRequestSubmission;
import nl.ngf.grants.funding.ChangeRequestView;
import nl.ngf.grants.funding.CorrectiveActionPlan;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.LedgerCheck;
import nl.ngf.grants.funding.LedgerExtract;
import nl.ngf.grants.funding.LedgerLine;
import nl.ngf.grants.funding.OverdueDecision;
import nl.ngf.grants.funding.PartnershipFunding;
import nl.ngf.grants.funding.ProgrammeFunding;
import nl.ngf.grants.funding.ProgrammeResults;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.funding.ReleaseReplay;
import nl.ngf.grants.funding.SecondApproval;
import nl.ngf.grants.funding.StalledRelease;
import nl.ngf.grants.funding.TrancheExtract;
import nl.ngf.grants.funding.TrancheSelection;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.funding.TrancheView;
import nl.ngf.grants.funding.Verification;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.partnership.ScheduledTranche;
import nl.ngf.grants.partnership.TrancheSchedule;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.shared.Refusals;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.TaskNotAvailableException;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;

@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class DefaultFundingService implements FundingService {

    static final String SUBMIT_REPORT = "submitProgressReport";
    static final String VERIFY = "verifyProgressReport";
    static final String APPROVE = "approveRelease";
    static final String CORRECTIVE_PLAN = "submitCorrectiveActionPlan";
    static final String OVERDUE = "decideOnOverdueReport";
    static final String OVERDUE_PLAN = "decideOnOverduePlan";

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    WorkflowService workflow;

    @Inject
    TrancheSchedule schedule;

    @Inject
    TrancheOutcomes outcomes;

    @Inject
    PartnershipService partnerships;

    @Inject
    ProgrammeService programmes;

    @Inject
    DocumentService documents;

    @Inject
    AuditTrail audit;

    @Inject
    Ledger ledger;

    @Inject
    TrancheOverviews overviews;

    @Inject
    ChangeRequests changes;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    @Override
    public TrancheView trancheOfTask(Actor actor, String taskId, String taskKey) {
        long trancheId = trancheOf(actor, taskId, taskKey);
        ScheduledTranche tranche = schedule.tranche(trancheId);
        return fundingOf(actor, tranche.partnershipId()).tranches().stream().filter(t -> t.id() == trancheId)
                .findFirst().orElseThrow(TaskNotAvailableException::new);
    }

    @Override
    public void submitProgressReport(Actor applicant, String taskId, ProgressReportSubmission report) {
        applicant.require(Role.APPLICANT);
        long trancheId = heldTrancheOf(applicant, taskId, SUBMIT_REPORT, TrancheStatus.REPORT_DUE);
        FundingRules.checkReport(report);
        List<Long> documentIds = ownDocuments(applicant, report.documentIds());
        ProgressReport written = new ProgressReport(trancheId, nextRound(trancheId), ProgressReport.REPORT,
                FundingRules.text(report.narrative(), "report.narrative.required"), documentIds, applicant.username(), clock.instant());
        written.companies = report.companies();
        written.smeReach = report.smeReachPercent().setScale(2);
        written.students = report.students();
        written.teachers = report.teachers();
        written.cofinancingCents = Money.ofEuros(report.cofinancing()).cents();
        em.persist(written);
        outcomes.state(trancheId, false).moveTo(TrancheStatus.IN_VERIFICATION, TrancheStatus.REPORT_DUE);
        em.flush();
        audit.record(applicant.username(), "tranche.reportSubmitted", "tranche", trancheId, "round=" + written.round
                + "; companies=" + written.companies + "; smeReach=" + written.smeReach + "; students=" + written.students
                + "; teachers=" + written.teachers + "; cofinancingCents=" + written.cofinancingCents + "; documents=" + documentIds
                + "; " + AuditTrail.quoted("narrative", written.narrative));
        workflow.complete(applicant, taskId, SUBMIT_REPORT, Map.of());
    }

    @Override
    public TrancheStatus verify(Actor officer, String taskId, Verification verification) {
        officer.require(Role.GRANT_OFFICER);
        long trancheId = heldTrancheOf(officer, taskId, VERIFY, TrancheStatus.IN_VERIFICATION);
        Refusals refusals = new Refusals();
        // The attainment and the remarks each on their own: the officer is told both at once.
        BigDecimal attainment = refusals.value(() -> FundingRules.attainment(
                verification == null ? null : verification.attainmentPercent()));
        String remarks = refusals.value(() -> FundingRules.text(
                verification == null ? null : verification.remarks(), "verify.remarks.required"));
        refusals.refuseIfAny();
        TrancheDecision verified = new TrancheDecision(trancheId, TrancheDecision.VERIFICATION, "VERIFIED",
                officer.username(), clock.instant(), remarks);
        verified.attainment = attainment;
        ScheduledTranche tranche = schedule.tranche(trancheId);
        verified.measuredAttainment = latestReport(trancheId).map(r -> tranche.measuredAttainment(r.kpis())).orElse(null);
        em.persist(verified);
        em.flush();
        audit.record(officer.username(), "tranche.verified", "tranche", trancheId, "attainment=" + attainment
                + (verified.measuredAttainment == null ? "" : "; measured=" + verified.measuredAttainment + " (" + tranche.target().kpi()
                        + " from " + tranche.target().kpi().of(tranche.baseline()).toPlainString() + " to "
                        + tranche.target().value().toPlainString() + ")") + "; " + AuditTrail.quoted("remarks", remarks));
        // The decision table decides as the task completes, and the case records it at once (TrancheOutcomes.decided),
        // before what the decision sets off.
        workflow.complete(officer, taskId, VERIFY, Map.of("kpiAttainment", attainment.doubleValue()));
        return outcomes.state(trancheId, false).status;
    }

    @Override
    public void approve(Actor officer, String taskId, SecondApproval approval) {
        officer.require(Role.GRANT_OFFICER);
        long trancheId = heldTrancheOf(officer, taskId, APPROVE, TrancheStatus.AWAITING_SECOND_APPROVAL);
        String verifier = em.createQuery("select d.decidedBy from TrancheDecision d where d.trancheId = :tranche and d.kind = :kind"
                        + " order by d.decidedAt desc, d.id desc", String.class)
                .setParameter("tranche", trancheId).setParameter("kind", TrancheDecision.VERIFICATION)
                .setMaxResults(1).getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("No verification"));
        if (verifier.equals(officer.username())) {
            throw new NotAllowedException("approve.sameOfficer");
        }
        boolean approved = approval != null && approval.approved();
        String reasoning = approved ? FundingRules.optionalText(approval.reasoning())
                : FundingRules.text(approval == null ? null : approval.reasoning(), "approve.reasoning.required");
        em.persist(new TrancheDecision(trancheId, TrancheDecision.APPROVAL, approved ? TrancheDecision.APPROVED : TrancheDecision.REFUSED,
                officer.username(), clock.instant(), reasoning));
        TrancheRelease release = outcomes.state(trancheId, false);
        release.moveTo(approved ? TrancheStatus.RELEASING : TrancheStatus.WITHHELD, TrancheStatus.AWAITING_SECOND_APPROVAL);
        em.flush();
        // Recorded before the task completes: a refusal asks for a corrective-action plan (tranche.planRequested) at once.
        audit.record(officer.username(), "tranche.secondApproval", "tranche", trancheId,
                (approved ? "approved" : "refused") + "; verifier=" + verifier
                        + AuditTrail.alsoQuoted("reasoning", reasoning));
        workflow.complete(officer, taskId, APPROVE, Map.of("approved", approved));
    }

    @Override
    public void submitCorrectiveActionPlan(Actor applicant, String taskId, CorrectiveActionPlan plan) {
        applicant.require(Role.APPLICANT);
        long trancheId = heldTrancheOf(applicant, taskId, CORRECTIVE_PLAN, TrancheStatus.WITHHELD);
        String text = FundingRules.text(plan == null ? null : plan.plan(), "corrective.plan.required");
        List<Long> documentIds = ownDocuments(applicant, plan.documentIds());
        em.persist(new ProgressReport(trancheId, nextRound(trancheId), ProgressReport.CORRECTIVE_PLAN, text, documentIds,
                applicant.username(), clock.instant()));
        outcomes.state(trancheId, false).moveTo(TrancheStatus.IN_VERIFICATION, TrancheStatus.WITHHELD);
        em.flush();
        audit.record(applicant.username(), "tranche.correctivePlanSubmitted", "tranche", trancheId, "documents=" + documentIds
                + "; " + AuditTrail.quoted("plan", text));
        workflow.complete(applicant, taskId, CORRECTIVE_PLAN, Map.of());
    }

    @Override
    public void decideOnOverdueReport(Actor officer, String taskId, OverdueDecision decision) {
        decideOnOverdue(officer, taskId, Overdue.REPORT, decision);
    }

    @Override
    public void decideOnOverduePlan(Actor officer, String taskId, OverdueDecision decision) {
        decideOnOverdue(officer, taskId, Overdue.PLAN, decision);
    }

    /** What can be overdue: its officer's task, the decision and audit action it leaves, the status it waits in and returns to. */
    private enum Overdue {
        REPORT(OVERDUE, TrancheDecision.OVERDUE, "tranche.overdueDecided", TrancheStatus.REPORT_OVERDUE, TrancheStatus.REPORT_DUE),
        PLAN(OVERDUE_PLAN, TrancheDecision.PLAN_OVERDUE, "tranche.overduePlanDecided", TrancheStatus.PLAN_OVERDUE, TrancheStatus.WITHHELD);

        final String taskKey;
        final String decisionKind;
        final String auditAction;
        final TrancheStatus waiting;
        final TrancheStatus extended;

        Overdue(String taskKey, String decisionKind, String auditAction, TrancheStatus waiting, TrancheStatus extended) {
            this.taskKey = taskKey;
            this.decisionKind = decisionKind;
            this.auditAction = auditAction;
            this.waiting = waiting;
            this.extended = extended;
        }
    }

    /** Extends the deadline of what is overdue (the report or the corrective-action plan) or cancels the tranche. */
    private void decideOnOverdue(Actor officer, String taskId, Overdue overdue, OverdueDecision decision) {
        officer.require(Role.GRANT_OFFICER);
        long located = trancheOf(officer, taskId, overdue.taskKey);
        if (decision != null && Boolean.FALSE.equals(decision.extend())) {
            // Cancelling settles the tranche, and maybe the programme (TrancheOutcomes.cancel): the programme's lock first,
            // then the tranche's, then the audit trail's chain, in the order a payment or a change of the schedule takes
            // them. Taken after the chain, it waited for a payment of the programme that held it while waiting for the
            // chain, and the database broke one of them off.
            schedule.lockProgramme(schedule.tranche(located).programmeId());
        }
        long trancheId = held(officer, taskId, located, overdue.waiting);
        // The choice, the reasoning and (to extend) the new deadline each on their own: the officer is told all at once.
        Refusals refusals = new Refusals();
        Boolean chosen = decision == null ? null : decision.extend();
        if (chosen == null) {
            refusals.refuse("overdue.choice.required");
        }
        String reasoning = refusals.value(() -> FundingRules.text(decision == null ? null : decision.reasoning(), "overdue.reasoning.required"));
        boolean extend = Boolean.TRUE.equals(chosen);
        LocalDate deadline = extend ? decision.newDeadline() : null;
        LocalDate today = Deadlines.today(clock.instant());
        if (extend && deadline == null) {
            refusals.refuse("overdue.deadline.required");
        } else if (extend && !deadline.isAfter(today)) {
            refusals.refuse("overdue.deadline.future");
        } else if (extend && deadline.isAfter(Deadlines.latest(today))) {
            refusals.refuse("overdue.deadline.withinAYear", Deadlines.latest(today));
        }
        refusals.refuseIfAny();
        Map<String, Object> variables = new HashMap<>();
        if (extend) {
            variables.put("overdueDecision", "EXTEND");
            TrancheRelease release = outcomes.state(trancheId, false);
            variables.putAll(overdue == Overdue.PLAN ? outcomes.planDeadline(release, deadline) : outcomes.deadlineVariables(deadline));
            release.moveTo(overdue.extended, overdue.waiting);
        } else {
            variables.put("overdueDecision", "CANCEL");
        }
        em.persist(new TrancheDecision(trancheId, overdue.decisionKind, extend ? "EXTENDED" : "CANCELLED",
                officer.username(), clock.instant(), reasoning));
        em.flush();
        audit.record(officer.username(), overdue.auditAction, "tranche", trancheId, (extend ? "extended to " + deadline : "cancelled")
                + "; " + AuditTrail.quoted("reasoning", reasoning));
        workflow.complete(officer, taskId, overdue.taskKey, variables);
    }

    @Override
    public PartnershipFunding fundingOf(Actor actor, long partnershipId) {
        PartnershipView partnership = partnerships.partnership(actor, partnershipId);
        List<ScheduledTranche> tranches = schedule.tranchesOfPartnership(partnership.id());
        List<Long> ids = tranches.stream().map(ScheduledTranche::id).toList();
        Map<Long, TrancheRelease> releases = byTranche(ids, "select r from TrancheRelease r where r.trancheId in :ids",
                TrancheRelease.class, r -> r.trancheId);
        Map<Long, Disbursement> disbursements = byTranche(ids, "select d from Disbursement d where d.trancheId in :ids",
                Disbursement.class, d -> d.trancheId);
        Map<Long, List<ProgressReport>> reports = ids.isEmpty() ? Map.of() : em.createQuery(
                        "select r from ProgressReport r where r.trancheId in :ids order by r.round", ProgressReport.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(r -> r.trancheId));
        Map<Long, List<TrancheDecision>> decisions = ids.isEmpty() ? Map.of() : em.createQuery(
                        "select d from TrancheDecision d where d.trancheId in :ids order by d.decidedAt, d.id", TrancheDecision.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(d -> d.trancheId));
        Map<Long, DocumentView> evidence = documentsOf(actor, reports.values().stream().flatMap(List::stream)
                .flatMap(r -> r.documentIds.stream()).toList());

        // A payment that failed on the job executor is said on the page; administrators see why under Storingen.
        Set<String> stalled = releases.values().stream().anyMatch(r -> r.status == TrancheStatus.RELEASING)
                ? failedPayments().stream().map(nl.ngf.grants.workflow.FailedStep::businessKey)
                        .collect(Collectors.toSet())
                : Set.of();
        List<TrancheView> views = tranches.stream().map(t -> {
            TrancheRelease release = releases.get(t.id());
            Disbursement paid = disbursements.get(t.id());
            return new TrancheView(t.id(), t.partnershipId(), t.partnershipName(), t.programmeId(), t.sequence(), t.amount(),
                    t.plannedDate(), t.milestone(), t.target(), t.baseline(), release == null ? TrancheStatus.SCHEDULED : release.status,
                    release == null ? null : release.reminderSentAt,
                    release == null || (release.status != TrancheStatus.WITHHELD && release.status != TrancheStatus.PLAN_OVERDUE)
                            ? null : release.planDue,
                    reports.getOrDefault(t.id(), List.of()).stream().map(r -> reportView(r, evidence)).toList(),
                    decisions.getOrDefault(t.id(), List.of()).stream().map(d -> new TrancheView.Decision(d.kind, d.outcome,
                            d.decidedBy, d.decidedAt, d.attainment, d.measuredAttainment,
                            d.inputAmountCents == null ? null : Money.ofCents(d.inputAmountCents),
                            d.tableVersion, d.ruleId, d.explanation)).toList(),
                    paid == null ? null : new TrancheView.Disbursement(Money.ofCents(paid.amountCents), paid.authorisedBy, paid.releasedAt),
                    paid == null && stalled.contains(String.valueOf(t.id())));
        }).toList();
        Money allocated = tranches.stream().map(ScheduledTranche::amount).reduce(Money.ZERO, Money::plus);
        Money released = disbursements.values().stream().map(d -> Money.ofCents(d.amountCents)).reduce(Money.ZERO, Money::plus);
        // Visibility was checked above and the tranches are read already: neither is done twice.
        return new PartnershipFunding(allocated, released, views, changes.of(partnership, tranches));
    }

    private static TrancheView.Report reportView(ProgressReport r, Map<Long, DocumentView> evidence) {
        return new TrancheView.Report(r.round, ProgressReport.CORRECTIVE_PLAN.equals(r.kind), r.companies, r.smeReach, r.students,
                r.teachers, r.cofinancingCents == null ? null : Money.ofCents(r.cofinancingCents), r.narrative,
                r.documentIds.stream().map(evidence::get).filter(Objects::nonNull).toList(), r.submittedBy, r.submittedAt);
    }

    @Override
    public Map<Long, PartnershipTotals> totals(Actor actor) {
        List<Long> visible = partnerships.partnerships(actor).stream().map(PartnershipView::id).toList();
        Map<Long, Money> allocations = schedule.allocationsOf(visible);
        if (allocations.isEmpty()) {
            return Map.of();
        }
        Map<Long, Money> released = paidPer("partnershipId", allocations.keySet());
        Map<Long, ProgressReport> latest = latestReports(allocations.keySet());
        Map<Long, PartnershipTotals> totals = new HashMap<>();
        allocations.forEach((pps, allocated) -> {
            ProgressReport report = latest.get(pps);
            totals.put(pps, new PartnershipTotals(allocated, released.getOrDefault(pps, Money.ZERO),
                    report == null ? null : report.kpis(), report == null ? null : report.submittedAt));
        });
        return totals;
    }

    @Override
    public Map<Long, ProgrammeTotals> programmeTotals(Actor actor) {
        // A committee member lists the plans put before the committee, not their money.
        List<Long> visible = programmes.programmes(actor).stream().filter(p -> actor.mayRead(p.organisationId()))
                .map(ProgrammeSummary::id).toList();
        Map<Long, Money> allocated = schedule.allocatedOf(visible);
        if (allocated.isEmpty()) {
            return Map.of();
        }
        Map<Long, Money> released = paidPer("programmeId", allocated.keySet());
        Map<Long, ProgrammeTotals> totals = new HashMap<>();
        allocated.forEach((programme, amount) -> totals.put(programme, new ProgrammeTotals(amount, released.getOrDefault(programme, Money.ZERO))));
        return totals;
    }

    /** What the ledger has paid per PPS or per programme ({@code partnershipId} or {@code programmeId}), of these ids. */
    private Map<Long, Money> paidPer(String key, java.util.Collection<Long> ids) {
        if (!key.equals("partnershipId") && !key.equals("programmeId")) {
            throw new IllegalArgumentException(key);
        }
        Map<Long, Money> paid = new HashMap<>();
        em.createQuery("select d." + key + ", sum(d.amountCents) from Disbursement d where d." + key + " in :ids group by d." + key,
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> paid.put(((Number) row[0]).longValue(), Money.ofCents(((Number) row[1]).longValue())));
        return paid;
    }

    @Override
    public TrancheExtract tranchePage(Actor actor, TrancheSelection selection, int first, int size) {
        return overviews.page(actor, selection, first, size);
    }

    @Override
    public List<Long> programmesWithTranches(Actor actor) {
        return overviews.programmeIds(actor);
    }

    @Override
    public ProgrammeResults programmeResults(Actor actor, long programmeId) {
        moneyOf(actor, programmeId);
        List<PartnershipView> visible = partnerships.partnershipsOf(actor, programmeId);
        Map<Long, ProgressReport> latest = latestReports(visible.stream().map(PartnershipView::id).toList());
        return new ProgrammeResults(visible.stream().map(p -> {
            ProgressReport report = latest.get(p.id());
            return new ProgrammeResults.Line(p.id(), p.name(), p.region(), p.baseline(), report == null ? null : report.kpis(),
                    report == null ? null : report.submittedAt, p.target());
        }).toList());
    }

    /**
     * The programme, when the actor may read its money: whoever reads its organisation's files. A committee member reads
     * the plan put before the committee (the programme's page), not what its PPSs report or are paid.
     */
    private ProgrammeSummary moneyOf(Actor actor, long programmeId) {
        ProgrammeSummary programme = programmes.summary(actor, programmeId);
        if (!actor.mayRead(programme.organisationId())) {
            throw new NotAllowedException("programme.notFound");
        }
        return programme;
    }

    /**
     * Each of these PPSs' latest progress report with figures (not a corrective-action plan), over all its tranches, by
     * PPS id, in one query (a tranche has its release state once its report is due); a PPS that has not reported is left out.
     */
    private Map<Long, ProgressReport> latestReports(java.util.Collection<Long> partnershipIds) {
        Map<Long, ProgressReport> latest = new HashMap<>();
        if (!partnershipIds.isEmpty()) {
            em.createQuery("select r, t.partnershipId from ProgressReport r, TrancheRelease t where t.trancheId = r.trancheId"
                            + " and t.partnershipId in :ids and r.kind = :kind order by r.submittedAt, r.id", Object[].class)
                    .setParameter("ids", partnershipIds).setParameter("kind", ProgressReport.REPORT).getResultStream()
                    .forEach(row -> latest.put(((Number) row[1]).longValue(), (ProgressReport) row[0]));
        }
        return latest;
    }

    @Override
    public ProgrammeFunding programmeFunding(Actor actor, long programmeId) {
        ProgrammeSummary programme = moneyOf(actor, programmeId);
        List<ScheduledTranche> tranches = schedule.tranchesOfProgramme(programmeId);
        Money allocated = tranches.stream().map(ScheduledTranche::amount).reduce(Money.ZERO, Money::plus);
        Map<Long, ScheduledTranche> byId = tranches.stream().collect(Collectors.toMap(ScheduledTranche::id, t -> t));
        List<ProgrammeFunding.Payment> payments = Disbursement.ofProgramme(em, programmeId).stream().map(d -> {
            ScheduledTranche tranche = byId.get(d.trancheId);
            return new ProgrammeFunding.Payment(d.partnershipId, tranche.partnershipName(), tranche.sequence(), Money.ofCents(d.amountCents),
                    d.releasedAt, d.authorisedBy);
        }).toList();
        Money released = payments.stream().map(ProgrammeFunding.Payment::amount).reduce(Money.ZERO, Money::plus);
        List<ProgrammeFunding.TrancheEvent> setbacks = byId.isEmpty() ? List.of() : em.createQuery(
                        "select d from TrancheDecision d where d.trancheId in :ids and ((d.kind = :rule and d.outcome = 'WITHHOLD')"
                                + " or (d.kind = :approval and d.outcome = 'REFUSED') or d.kind in (:overdue, :planOverdue))"
                                + " order by d.decidedAt, d.id",
                        TrancheDecision.class).setParameter("ids", byId.keySet()).setParameter("rule", TrancheDecision.RULE)
                .setParameter("approval", TrancheDecision.APPROVAL).setParameter("overdue", TrancheDecision.OVERDUE)
                .setParameter("planOverdue", TrancheDecision.PLAN_OVERDUE).getResultStream().map(d -> {
                    ScheduledTranche tranche = byId.get(d.trancheId);
                    String kind = switch (d.kind) {
                        case TrancheDecision.RULE -> "WITHHELD";
                        case TrancheDecision.APPROVAL -> "REFUSED";
                        case TrancheDecision.PLAN_OVERDUE -> "PLAN_" + d.outcome;
                        default -> d.outcome;
                    };
                    return new ProgrammeFunding.TrancheEvent(d.decidedAt, d.decidedBy, tranche.partnershipId(), tranche.partnershipName(),
                            tranche.sequence(), kind);
                }).toList();
        List<ChangeRequestView> changeRequests = changes.onTranches(byId);
        ProgrammeClosure closure = em.find(ProgrammeClosure.class, programmeId);
        Money cancelled = em.createQuery("select r.trancheId from TrancheRelease r where r.programmeId = :programme and r.status = :cancelled", Long.class)
                .setParameter("programme", programmeId).setParameter("cancelled", TrancheStatus.CANCELLED).getResultStream()
                .map(id -> byId.get(id).amount()).reduce(Money.ZERO, Money::plus);
        return new ProgrammeFunding(programme.awarded(), allocated, released, cancelled,
                closure == null ? null : new ProgrammeFunding.Closure(closure.closedAt, closure.releasedTranches, closure.cancelledTranches,
                        closure.historyKeptUntil), payments, schedule.allocated(programmeId).orElse(null), setbacks, changeRequests,
                tranches.stream().map(ScheduledTranche::id).toList());
    }

    @Override
    public long requestChange(Actor applicant, ChangeRequestSubmission request) {
        return changes.requestChange(applicant, request);
    }

    @Override
    public int changeApprovalThresholdPercent() {
        return changes.thresholdPercent();
    }

    @Override
    public ChangeRequestView changeRequestOfTask(Actor actor, String taskId) {
        return changes.changeRequestOfTask(actor, taskId);
    }

    @Override
    public void decideOnChangeRequest(Actor officer, String taskId, ChangeRequestDecision decision) {
        ChangeRequests.Decided decided = changes.decideOnChangeRequest(officer, taskId, decision);
        if (decided.approved() && decided.kind() == ChangeKind.DELAY
                && outcomes.state(decided.trancheId(), true).status == TrancheStatus.REPORT_OVERDUE) {
            // The report is overdue, so no one can submit it: the officer approving the delay extends it to the new date
            // with the same reasoning, as the overdue decision would (which is then taken).
            String overdueTask = workflow.tasksAbout(officer, ProcessKeys.TRANCHE_RELEASE, List.of(String.valueOf(decided.trancheId())))
                    .stream().filter(t -> t.taskKey().equals(OVERDUE)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No overdue decision waits for tranche " + decided.trancheId()))
                    .id();
            decideOnOverdue(officer, overdueTask, Overdue.REPORT, new OverdueDecision(true, decided.newDate(), decided.reasoning()));
        }
    }

    @Override
    public List<ChangeRequestView> changeRequestsOf(Actor actor, long partnershipId) {
        return changes.changeRequestsOf(actor, partnershipId);
    }

    /**
     * The tranche a task is about, its release state locked for the rest of the transaction and still waiting for what the
     * task does. Of two requests completing the same task at once (two officers, or a form sent twice by a double click),
     * the second waits for the lock, then finds the tranche moved on and is told the task is done, instead of writing its
     * report or decision beside the first one's. What decides is the row the lock guards, the tranche's status, read
     * after waiting for it; a race test once saw the engine's task still listed at that moment (on H2).
     */
    private long heldTrancheOf(Actor actor, String taskId, String taskKey, TrancheStatus waiting) {
        return held(actor, taskId, trancheOf(actor, taskId, taskKey), waiting);
    }

    /** The tranche of the task, found already ({@link #trancheOf}), held as {@link #heldTrancheOf} holds it. */
    private long held(Actor actor, String taskId, long trancheId, TrancheStatus waiting) {
        TrancheRelease release = em.find(TrancheRelease.class, trancheId, LockModeType.PESSIMISTIC_WRITE);
        if (release == null || release.status != waiting) {
            throw workflow.notAvailable(actor, taskId);
        }
        return trancheId;
    }

    private long trancheOf(Actor actor, String taskId, String taskKey) {
        WorkTask task = workflow.task(actor, taskId).filter(t -> t.taskKey().equals(taskKey))
                .orElseThrow(() -> workflow.notAvailable(actor, taskId));
        long trancheId = Long.parseLong(task.businessKey());
        // Candidate groups already keep other organisations' tasks away; the PPS check says so twice.
        partnerships.partnership(actor, schedule.tranche(trancheId).partnershipId());
        return trancheId;
    }

    /** The tranche's latest progress report with figures (not a corrective-action plan), if any. */
    private java.util.Optional<ProgressReport> latestReport(long trancheId) {
        return em.createQuery("select r from ProgressReport r where r.trancheId = :tranche and r.kind = :kind order by r.round desc",
                        ProgressReport.class).setParameter("tranche", trancheId).setParameter("kind", ProgressReport.REPORT)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private int nextRound(long trancheId) {
        Number last = em.createQuery("select max(r.round) from ProgressReport r where r.trancheId = :tranche", Number.class)
                .setParameter("tranche", trancheId).getSingleResult();
        return (last == null ? 0 : last.intValue()) + 1;
    }

    /** The documents must be the applicant's own organisation's; the document service refuses any other. */
    private List<Long> ownDocuments(Actor applicant, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = ids.stream().distinct().toList();
        documents.documents(applicant, distinct);
        return distinct;
    }

    private Map<Long, DocumentView> documentsOf(Actor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return documents.documents(actor, ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(DocumentView::id, Function.identity()));
    }

    /** What the query finds for these ids (of tranches, or of their programmes), by tranche. */
    private <T> Map<Long, T> byTranche(List<Long> ids, String jpql, Class<T> type, Function<T, Long> key) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(jpql, type).setParameter("ids", ids).getResultStream().collect(Collectors.toMap(key, Function.identity()));
    }

    @Override
    public List<StalledRelease> stalledReleases(Actor administrator) {
        administrator.require(Role.ADMINISTRATOR);
        return failedPayments().stream().filter(step -> step.businessKey() != null)
                .map(step -> {
                    ScheduledTranche tranche = schedule.tranche(Long.parseLong(step.businessKey()));
                    java.util.Optional<DomainException> refusal = outcomes.releaseRefusal(tranche);
                    return new StalledRelease(tranche.id(), tranche.partnershipId(), tranche.partnershipName(), tranche.sequence(),
                            tranche.amount(), step.attemptsLeft(), step.error(), step.nextAttempt(),
                            refusal.map(DomainException::messageKey).orElse(null), refusal.map(DomainException::arguments).orElse(List.of()));
                }).toList();
    }

    /** The tranche payments that failed on the job executor, still retrying or given up. */
    private List<nl.ngf.grants.workflow.FailedStep> failedPayments() {
        return workflow.failedSteps(ProcessKeys.TRANCHE_RELEASE, ProcessKeys.PAYMENT_STEP);
    }

    @Override
    public void retryRelease(Actor administrator, long trancheId) {
        administrator.require(Role.ADMINISTRATOR);
        nl.ngf.grants.workflow.FailedStep step = failedPayments().stream()
                .filter(s -> String.valueOf(trancheId).equals(s.businessKey())).findFirst()
                .orElseThrow(() -> new DomainException("release.notStalled"));
        audit.record(administrator.username(), "tranche.releaseRetried", "tranche", trancheId, "attemptsLeft=" + step.attemptsLeft()
                + "; lastError=" + step.error());
        if (!workflow.retryNow(step.jobId())) {
            throw new DomainException("release.notStalled");
        }
    }

    @Override
    public List<LedgerLine> ledger(Actor administrator) {
        administrator.require(Role.ADMINISTRATOR);
        return ledger.lines(administrator);
    }

    @Override
    public LedgerExtract ledgerPage(Actor administrator, int first, int size) {
        administrator.require(Role.ADMINISTRATOR);
        return ledger.page(administrator, first, size);
    }

    @Override
    public LedgerCheck checkLedger(Actor administrator) {
        administrator.require(Role.ADMINISTRATOR);
        return ledger.check(administrator);
    }

    @Override
    public ReleaseReplay replayRelease(Actor administrator, long trancheId) {
        administrator.require(Role.ADMINISTRATOR);
        return ledger.replay(administrator, trancheId);
    }
}
