package nl.ngf.grants.funding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.funding.ReleaseDecision;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.partnership.ScheduledTranche;
import nl.ngf.grants.partnership.TrancheSchedule;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.shared.ApplicantNotice;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.ProgrammeClosed;
import nl.ngf.grants.workflow.DecisionExplanation;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkflowService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the models' own steps do to tranches: start a PPS's tranches one after the other, record
 * reminders and overdue reports, cancel, and release into the ledger. Used by this module's delegates
 * and services, always inside the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrancheOutcomes {

    private static final Logger LOG = Logger.getLogger(TrancheOutcomes.class.getName());

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    TrancheSchedule schedule;

    @Inject
    WorkflowService workflow;

    @Inject
    IdentityService identity;

    @Inject
    ProgrammeService programmes;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<ProgrammeClosed> closed;

    @Inject
    jakarta.enterprise.event.Event<ApplicantNotice> notices;

    @Inject
    @ConfigProperty(name = "ngf.funding.report-reminder-days-before-deadline", defaultValue = "14")
    int reminderDays;

    @Inject
    @ConfigProperty(name = "ngf.funding.corrective-plan-days", defaultValue = "28")
    int correctivePlanDays;

    @Inject
    @ConfigProperty(name = "ngf.funding.plan-reminder-days-before-deadline", defaultValue = "7")
    int planReminderDays;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    /** A plan period or reminder the deadlines' rules cannot hold stops the start-up, naming the setting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    void checkSettings(@Observes @Initialized(ApplicationScoped.class) Object application) {
        Deadlines.requirePeriod("ngf.funding.corrective-plan-days", correctivePlanDays);
        Deadlines.requireReminder("ngf.funding.plan-reminder-days-before-deadline", planReminderDays);
        Deadlines.requireReminder("ngf.funding.report-reminder-days-before-deadline", reminderDays);
    }

    /** After the allocation: every tranche gets its state, and each PPS's first tranche its case. */
    public void startFunding(long programmeId) {
        List<ScheduledTranche> tranches = schedule.tranchesOfProgramme(programmeId);
        for (ScheduledTranche tranche : tranches) {
            if (em.find(TrancheRelease.class, tranche.id()) == null) {
                em.persist(new TrancheRelease(tranche.id(), tranche.partnershipId(), tranche.programmeId()));
            }
        }
        em.flush();
        tranches.stream().map(ScheduledTranche::partnershipId).distinct().forEach(this::startNext);
    }

    /** Starts the PPS's next scheduled tranche, unless one is still under way (stage-gate: one at a time). */
    void startNext(long partnershipId) {
        List<ScheduledTranche> tranches = schedule.tranchesOfPartnership(partnershipId).stream()
                .sorted(Comparator.comparingInt(ScheduledTranche::sequence)).toList();
        for (ScheduledTranche tranche : tranches) {
            TrancheRelease release = em.find(TrancheRelease.class, tranche.id());
            if (release == null || release.status.isFinal()) {
                continue;
            }
            if (release.status == TrancheStatus.SCHEDULED) {
                start(release, tranche);
            }
            return;
        }
    }

    private void start(TrancheRelease release, ScheduledTranche tranche) {
        String group = identity.organisation(tranche.organisationId()).map(OrganisationView::code)
                .map(Actor::organisationGroup).orElseThrow(() -> new IllegalStateException("No organisation " + tranche.organisationId()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("trancheId", tranche.id());
        variables.put("partnershipId", tranche.partnershipId());
        variables.put("subject", tranche.partnershipName() + " – tranche " + tranche.sequence());
        variables.put("applicantGroup", group);
        variables.put("trancheAmountCents", tranche.amount().cents());
        variables.putAll(deadlineVariables(tranche));
        release.started(workflow.start(ProcessKeys.TRANCHE_RELEASE, String.valueOf(tranche.id()), variables));
        audit.record(AuditTrail.ENGINE, "tranche.reportRequested", "tranche", tranche.id(), "pps=" + tranche.partnershipId()
                + "; sequence=" + tranche.sequence() + "; amountCents=" + tranche.amount().cents() + "; due=" + tranche.plannedDate());
    }

    Map<String, Object> deadlineVariables(ScheduledTranche tranche) {
        return deadlineVariables(tranche.plannedDate());
    }

    /** The report's deadline at the end of that day and its reminder the configured days before. */
    Map<String, Object> deadlineVariables(LocalDate deadline) {
        return Map.of("reportDeadline", Deadlines.endOf(deadline),
                "reportReminder", Deadlines.reminder(deadline, reminderDays, clock.instant()));
    }

    /**
     * The decision table decided on a verified report (as the engine evaluates it, see TrancheDecided): its rule, version
     * and inputs are kept with the tranche, which moves on to its payment, a second approval or a corrective-action plan,
     * and the trail records the decision before what it sets off.
     */
    public void decided(long trancheId, DecisionExplanation explanation) {
        ReleaseDecision decision = ReleaseDecision.of(String.valueOf(explanation.output()));
        if (decision == null) {
            throw new IllegalStateException("Unknown release decision " + explanation.output() + " on tranche " + trancheId);
        }
        // The table's own record of what it was given: its inputs by id (workflows/tranche-decision.dmn).
        TrancheDecision rule = new TrancheDecision(trancheId, TrancheDecision.RULE, decision.name(), TrancheDecision.DECISION_TABLE,
                clock.instant(), explanation.ruleDescription());
        rule.ruleId = explanation.ruleId();
        rule.tableVersion = explanation.tableVersion();
        rule.attainment = BigDecimal.valueOf(((Number) explanation.inputs().get("kpiAttainmentInput")).doubleValue())
                .setScale(2, RoundingMode.HALF_UP);
        rule.inputAmountCents = ((Number) explanation.inputs().get("trancheAmountInput")).longValue();
        em.persist(rule);
        TrancheStatus next = switch (decision) {
            case RELEASE -> TrancheStatus.RELEASING;
            case RELEASE_AFTER_SECOND_APPROVAL -> TrancheStatus.AWAITING_SECOND_APPROVAL;
            case WITHHOLD -> TrancheStatus.WITHHELD;
        };
        state(trancheId, false).moveTo(next, TrancheStatus.IN_VERIFICATION);
        em.flush();
        audit.record(TrancheDecision.DECISION_TABLE, "tranche.decided", "tranche", trancheId, "table=v" + rule.tableVersion
                + "; rule=" + rule.ruleId + "; inputs=" + explanation.inputs() + "; decision=" + decision + "; status=" + next);
    }

    /**
     * When a tranche is withheld: its corrective-action plan is due the configured days from today. The
     * date is kept with the tranche (its audit entry, {@code tranche.planRequested}, and the PPS page say it); the answer is
     * the model's variables for the plan's task and timers.
     */
    public Map<String, Object> requestPlan(long trancheId) {
        LocalDate deadline = Deadlines.today(clock.instant()).plusDays(correctivePlanDays);
        audit.record(AuditTrail.ENGINE, "tranche.planRequested", "tranche", trancheId, "deadline=" + deadline);
        return planDeadline(state(trancheId, false), deadline);
    }

    /** Moves the plan's deadline to this date; the answer is the model's variables for it. */
    Map<String, Object> planDeadline(TrancheRelease release, LocalDate deadline) {
        release.planDue(deadline);
        return Map.of("planDeadline", Deadlines.endOf(deadline),
                "planReminder", Deadlines.reminder(deadline, planReminderDays, clock.instant()));
    }

    /** The reminder before the report's deadline: on the PPS's page now, and mailed to its applicants once this commits. */
    public void remind(long trancheId, LocalDate deadline) {
        state(trancheId, false).reminded(clock.instant());
        audit.record(AuditTrail.ENGINE, "tranche.reminderSent", "tranche", trancheId, "deadline=" + deadline);
        announce(trancheId, ApplicantNotice.Occasion.REMINDER, ApplicantNotice.Kind.PROGRESS_REPORT, deadline);
    }

    /** The reminder before the corrective-action plan's deadline, as {@link #remind}. */
    public void remindOfPlan(long trancheId) {
        TrancheRelease release = state(trancheId, false);
        release.reminded(clock.instant());
        audit.record(AuditTrail.ENGINE, "tranche.planReminderSent", "tranche", trancheId, "deadline=" + release.planDue);
        announce(trancheId, ApplicantNotice.Occasion.REMINDER, ApplicantNotice.Kind.CORRECTIVE_PLAN, release.planDue);
    }

    /** A withheld tranche's corrective-action plan was asked for (its task was just created): its applicants are mailed once this commits. */
    public void planWaiting(long trancheId, LocalDate deadline) {
        announce(trancheId, ApplicantNotice.Occasion.TASK_WAITING, ApplicantNotice.Kind.CORRECTIVE_PLAN, deadline);
    }

    private void announce(long trancheId, ApplicantNotice.Occasion occasion, ApplicantNotice.Kind kind, LocalDate deadline) {
        ScheduledTranche tranche = schedule.tranche(trancheId);
        notices.fire(new ApplicantNotice(tranche.organisationId(), occasion, kind, tranche.partnershipName() + " – tranche " + tranche.sequence(),
                deadline, ApplicantNotice.inboxSearching(tranche.partnershipName()),
                "tranche", trancheId));
    }

    public void reportOverdue(long trancheId) {
        state(trancheId, false).overdue(clock.instant());
        audit.record(AuditTrail.ENGINE, "tranche.reportOverdue", "tranche", trancheId, null);
    }

    public void planOverdue(long trancheId) {
        state(trancheId, false).planOverdue(clock.instant());
        audit.record(AuditTrail.ENGINE, "tranche.planOverdue", "tranche", trancheId, null);
    }

    public void cancel(long trancheId) {
        TrancheRelease release = state(trancheId, false);
        schedule.lockProgramme(release.programmeId);
        TrancheStatus before = release.status;
        release.moveTo(TrancheStatus.CANCELLED, TrancheStatus.REPORT_OVERDUE, TrancheStatus.PLAN_OVERDUE);
        audit.record(AuditTrail.ENGINE, "tranche.cancelled", "tranche", trancheId, "status " + before + " -> " + TrancheStatus.CANCELLED);
        startNext(release.partnershipId);
        closeIfSettled(release.programmeId);
    }

    /**
     * Pays an approved tranche into the ledger, at most once. The PPS's allocation is locked first, so
     * releases of one PPS run one after the other; a tranche already paid is left alone (a retried or
     * duplicated job changes nothing), and the ledger's unique constraint stops what slips past.
     */
    public void release(long trancheId) {
        ScheduledTranche located = schedule.tranche(trancheId);
        schedule.lockProgramme(located.programmeId());
        Money allocation = schedule.lockAllocation(located.partnershipId());
        // What is paid is the tranche as it stands under the lock, not as it was read to find the lock.
        ScheduledTranche tranche = schedule.tranche(trancheId);
        TrancheRelease release = state(trancheId, true);
        if (Disbursement.linesOf(em, trancheId) > 0) {
            LOG.info(() -> "Tranche " + trancheId + " was already released; nothing paid again");
            return;
        }
        long released = Disbursement.releasedToPartnership(em, tranche.partnershipId());
        Optional<DomainException> refusal = refusal(tranche, release.status, allocation, released);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        String authorisedBy = authorisedBy(trancheId);
        em.persist(new Disbursement(trancheId, tranche.partnershipId(), tranche.programmeId(), tranche.amount().cents(),
                authorisedBy, clock.instant()));
        em.flush();
        release.moveTo(TrancheStatus.RELEASED, TrancheStatus.RELEASING);
        audit.record(AuditTrail.ENGINE, "tranche.released", "tranche", trancheId, "amountCents=" + tranche.amount().cents()
                + "; pps=" + tranche.partnershipId() + "; authorisedBy=" + authorisedBy + "; releasedBeforeCents=" + released);
        startNext(tranche.partnershipId());
        closeIfSettled(tranche.programmeId());
    }

    /**
     * Why the payment of a tranche is refused as things stand now, in the words of the rule that refuses it (for an
     * administrator who finds it stalled); empty when no rule stands in its way, or when it is paid.
     */
    public Optional<DomainException> releaseRefusal(ScheduledTranche tranche) {
        long trancheId = tranche.id();
        if (Disbursement.linesOf(em, trancheId) > 0) {
            return Optional.empty();
        }
        Money allocation = schedule.allocationsOf(List.of(tranche.partnershipId())).getOrDefault(tranche.partnershipId(), Money.ZERO);
        return refusal(tranche, state(trancheId, true).status, allocation, Disbursement.releasedToPartnership(em, tranche.partnershipId()));
    }

    /**
     * The first rule of the ledger that refuses to pay this tranche now: approved for release, after the
     * unconditional award, the amount the decision table decided on, and within the PPS's allocation.
     */
    private Optional<DomainException> refusal(ScheduledTranche tranche, TrancheStatus status, Money allocation, long releasedCents) {
        if (status != TrancheStatus.RELEASING) {
            return Optional.of(new DomainException("release.refused.status", tranche.sequence(), status));
        }
        if (programmes.statusOf(tranche.programmeId()) != ProgrammeStatus.AWARDED) {
            return Optional.of(new DomainException("release.refused.notAwarded", tranche.sequence()));
        }
        Optional<Long> decided = decidedAmountCents(tranche.id());
        if (decided.isEmpty()) {
            return Optional.of(new DomainException("release.refused.notDecided", tranche.sequence()));
        }
        if (decided.get() != tranche.amount().cents()) {
            return Optional.of(new DomainException("release.refused.decidedAmount", tranche.sequence(),
                    Money.ofCents(decided.get()), tranche.amount()));
        }
        Money released = Money.ofCents(releasedCents);
        if (released.plus(tranche.amount()).isGreaterThan(allocation)) {
            return Optional.of(new DomainException("release.refused.overAllocation", tranche.sequence(), tranche.amount(),
                    released, allocation));
        }
        return Optional.empty();
    }

    /**
     * The programme's final settlement: once every tranche of every PPS is released or cancelled, the
     * closure is recorded (once: its primary key), audited, and the history of all the programme's
     * cases is kept from now on for the configured time-to-live. The caller holds the programme's lock.
     */
    void closeIfSettled(long programmeId) {
        List<TrancheRelease> tranches = em.createQuery("select r from TrancheRelease r where r.programmeId = :programme", TrancheRelease.class)
                .setParameter("programme", programmeId).getResultList();
        if (tranches.isEmpty() || !tranches.stream().allMatch(t -> t.status.isFinal())
                || em.find(ProgrammeClosure.class, programmeId) != null) {
            return;
        }
        Instant closedAt = clock.instant();
        List<String> trancheKeys = tranches.stream().map(t -> String.valueOf(t.trancheId)).toList();
        List<String> changeKeys = em.createQuery("select c.id from ChangeRequest c where c.partnershipId in :partnerships", Long.class)
                .setParameter("partnerships", tranches.stream().map(t -> t.partnershipId).distinct().toList()).getResultList()
                .stream().map(String::valueOf).toList();
        Instant keptUntil = workflow.retainHistory(closedAt, Map.of(ProcessKeys.TRANCHE_RELEASE, trancheKeys, ProcessKeys.CHANGE_REQUEST, changeKeys));
        long releasedCents = Disbursement.releasedToProgramme(em, programmeId);
        int paid = (int) tranches.stream().filter(t -> t.status == TrancheStatus.RELEASED).count();
        em.persist(new ProgrammeClosure(programmeId, closedAt, releasedCents, paid, tranches.size() - paid, keptUntil));
        em.flush();
        closed.fire(new ProgrammeClosed(programmeId, closedAt));
        audit.record(AuditTrail.ENGINE, "programme.closed", "programme", programmeId, "releasedCents=" + releasedCents
                + "; releasedTranches=" + paid + "; cancelledTranches=" + (tranches.size() - paid) + "; historyKeptUntil=" + keptUntil);
    }

    /**
     * Applies a change request that is approved, or small enough to need no approval: the schedule
     * changes, and a tranche whose case is waiting for its report gets the new deadline or amount.
     * Refuses (changing nothing) when a tranche involved was verified meanwhile.
     */
    public void applyChange(long changeRequestId) {
        ChangeRequest change = em.find(ChangeRequest.class, changeRequestId);
        if (change == null) {
            throw new IllegalStateException("No change request " + changeRequestId);
        }
        schedule.lockAllocation(change.partnershipId);
        for (Long trancheId : new Long[] {change.trancheId, change.targetTrancheId}) {
            if (trancheId != null && !state(trancheId, true).status.isChangeable()) {
                throw new DomainException("change.tranche.notChangeable", schedule.tranche(trancheId).sequence());
            }
        }
        if (ChangeRequest.PENDING.equals(change.status)) {
            change.decide(true, null, clock.instant(), null);
        }
        ScheduledTranche before = schedule.tranche(change.trancheId);
        change.applyingTo(before, change.targetTrancheId == null ? null : schedule.tranche(change.targetTrancheId));
        audit.record(AuditTrail.ENGINE, "changeRequest.applied", "changeRequest", changeRequestId, "tranche=" + before.id()
                + "; date " + before.plannedDate() + (change.newDate == null ? "" : " -> " + change.newDate)
                + "; amountCents " + before.amount().cents() + (change.amountCents == null ? "" : " -> " + (before.amount().cents() - change.amountCents))
                + (change.newMilestone == null ? "" : "; milestone " + before.milestone() + " -> " + change.newMilestone
                        + "; target " + targetText(before.target()) + " -> " + targetText(change.newTarget())));
        switch (change.kind) {
            case DELAY -> {
                schedule.moveTranche(change.trancheId, change.newDate, Deadlines.today(clock.instant()));
                TrancheRelease release = state(change.trancheId, false);
                if (release.status == TrancheStatus.REPORT_DUE && release.processInstanceId != null) {
                    Map<String, Object> variables = deadlineVariables(schedule.tranche(change.trancheId));
                    java.util.Date reminder = (java.util.Date) variables.get("reportReminder");
                    // The reminder went out before the old deadline, and its timer with it: the report round starts again
                    // (the model's trancheRescheduled), with the new deadline and a reminder before it. A case on a version
                    // of the model before that event, or whose reminder still waits, has its timers moved.
                    boolean restarted = !workflow.timerWaits(release.processInstanceId, "reportReminderDue")
                            && reminder.toInstant().isAfter(clock.instant())
                            && workflow.correlate(release.processInstanceId, "trancheRescheduled", variables);
                    if (!restarted) {
                        workflow.reschedule(release.processInstanceId, "submitProgressReport", (java.util.Date) variables.get("reportDeadline"),
                                Map.of("reportOverdue", (java.util.Date) variables.get("reportDeadline"),
                                        "reportReminderDue", reminder), variables);
                    }
                }
            }
            case CONTENT -> schedule.changeMilestone(change.trancheId, change.newMilestone, change.newTarget());
            case BUDGET_SHIFT -> {
                schedule.shiftBudget(change.trancheId, change.targetTrancheId, Money.ofCents(change.amountCents));
                for (Long trancheId : List.of(change.trancheId, change.targetTrancheId)) {
                    TrancheRelease release = state(trancheId, false);
                    if (release.processInstanceId != null && workflow.isRunning(release.processInstanceId)) {
                        workflow.setVariables(release.processInstanceId,
                                Map.of("trancheAmountCents", schedule.tranche(trancheId).amount().cents()));
                    }
                }
            }
        }
    }

    /** A milestone's KPI value as the audit entry of a change keeps it: the KPI and its value, or none. */
    private static String targetText(nl.ngf.grants.partnership.KpiTarget target) {
        return target == null ? "none" : target.kpi() + " " + target.value().toPlainString();
    }

    /** The tranche amount the decision table last decided on: what its release pays, and nothing else. */
    private Optional<Long> decidedAmountCents(long trancheId) {
        return em.createQuery("select d from TrancheDecision d where d.trancheId = :tranche and d.kind = :kind"
                        + " order by d.decidedAt desc, d.id desc", TrancheDecision.class).setParameter("tranche", trancheId)
                .setParameter("kind", TrancheDecision.RULE).setMaxResults(1).getResultStream().findFirst()
                .map(d -> d.inputAmountCents);
    }

    /** The officer whose decision let the money go: the second approver, else the verifier. */
    private String authorisedBy(long trancheId) {
        return em.createQuery("select d from TrancheDecision d where d.trancheId = :tranche and d.kind in :kinds order by d.decidedAt desc, d.id desc",
                        TrancheDecision.class).setParameter("tranche", trancheId)
                .setParameter("kinds", List.of(TrancheDecision.APPROVAL, TrancheDecision.VERIFICATION))
                .setMaxResults(1).getResultStream().findFirst().map(d -> d.decidedBy).orElse(TrancheDecision.DECISION_TABLE);
    }

    TrancheRelease state(long trancheId, boolean fresh) {
        TrancheRelease release = em.find(TrancheRelease.class, trancheId);
        if (release == null) {
            throw new IllegalStateException("No tranche " + trancheId);
        }
        if (fresh) {
            em.refresh(release);
        }
        return release;
    }
}
