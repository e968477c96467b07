package nl.ngf.grants.funding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.funding.ChangeKind;
import nl.ngf.grants.funding.ChangeRequestDecision;
import nl.ngf.grants.funding.ChangeRequestSubmission;
import nl.ngf.grants.funding.ChangeRequestView;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.partnership.ScheduledTranche;
import nl.ngf.grants.partnership.TrancheSchedule;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.shared.Refusals;
import nl.ngf.grants.shared.Settings;
import nl.ngf.grants.shared.SubmissionKey;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.TaskNotAvailableException;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Change requests (wijzigingsverzoeken): an applicant asks to delay a tranche, change its milestone or shift budget
 * between two tranches; what needs an officer's approval waits for it, the rest applies at once (the change-request
 * model applies either). Each method checks the actor's role and right to the PPS itself; the funding service hands its
 * calls over and holds the transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeRequests {

    /** The officer's task on a change request that needs approval (change-request.bpmn). */
    static final String DECIDE_CHANGE = "decideOnChangeRequest";

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    WorkflowService workflow;

    @Inject
    TrancheSchedule schedule;

    @Inject
    PartnershipService partnerships;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "ngf.funding.change-approval-threshold-percent", defaultValue = "25")
    int changeThresholdPercent;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    /** A threshold that is no share of a tranche (below 0 or above 100 percent) stops the start-up, naming the setting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    void checkSettings(@Observes @Initialized(ApplicationScoped.class) Object application) {
        Settings.requireBetween("ngf.funding.change-approval-threshold-percent", changeThresholdPercent, 0, 100);
    }

    /** How far (percent) a budget shift may take a tranche from the amount an officer set before one must approve it. */
    public int thresholdPercent() {
        return changeThresholdPercent;
    }

    /** An applicant asks a change for their own PPS; it waits for an officer or, a small budget shift, applies at once. */
    public long requestChange(Actor applicant, ChangeRequestSubmission request) {
        applicant.require(Role.APPLICANT);
        if (request == null || request.kind() == null) {
            throw new DomainException("change.kind.required");
        }
        PartnershipView partnership = partnerships.partnership(applicant, request.partnershipId());
        if (!applicant.belongsTo(partnership.organisationId())) {
            throw new NotAllowedException("partnership.notFound");
        }
        // The PPS's schedule locked for the rest of the transaction before it is read, as applying a change locks it: of two
        // requests sent at once, the second waits, then measures itself against the schedule the first left (or, the same
        // form sent twice, finds the first's request).
        schedule.lockAllocation(partnership.id());
        // The tranche, what the kind of change asks and the reason each on their own: the applicant is told all at once.
        Refusals refusals = new Refusals();
        ScheduledTranche tranche = refusals.value(() -> changeableTranche(partnership.id(), request.trancheId()));
        ChangeRequest change = new ChangeRequest();
        change.partnershipId = partnership.id();
        change.kind = request.kind();
        refusals.check(() -> describe(change, request, partnership, tranche));
        change.reason = refusals.value(() -> FundingRules.text(request.reason(), "change.reason.required"));
        refusals.refuseIfAny();
        change.trancheId = tranche.id();
        change.submissionKey = SubmissionKey.checked(request.submissionKey());
        java.util.Optional<ChangeRequest> sent = SubmissionKey.sentBefore(change.submissionKey, key -> em.createQuery(
                        "select c from ChangeRequest c where c.submissionKey = :key", ChangeRequest.class).setParameter("key", key)
                        .getResultStream().findFirst(),
                c -> c.requestedBy.equals(applicant.username()), c -> c.asksTheSameAs(change), "change.submission.used");
        if (sent.isPresent()) {
            return sent.get().id;
        }
        change.requestedBy = applicant.username();
        change.requestedAt = clock.instant();
        em.persist(change);
        em.flush();
        audit.record(applicant.username(), "changeRequest.submitted", "changeRequest", change.id, "pps=" + change.partnershipId
                + "; kind=" + change.kind + "; tranche=" + change.trancheId + "; target=" + change.targetTrancheId + "; newDate="
                + change.newDate + "; amountCents=" + change.amountCents + "; needsApproval=" + change.needsApproval
                + (change.newMilestone == null ? "" : "; " + AuditTrail.quoted("milestone", change.newMilestone) + "; milestoneTarget="
                        + change.newMilestoneKpi + " " + change.newMilestoneTarget.toPlainString())
                + "; " + AuditTrail.quoted("reason", change.reason));
        workflow.startAs(applicant.username(), ProcessKeys.CHANGE_REQUEST, String.valueOf(change.id), Map.of("changeRequestId", change.id,
                "needsApproval", change.needsApproval, "subject", partnership.name() + " – tranche " + tranche.sequence()));
        return change.id;
    }

    /**
     * What the change is: a later date, a new milestone or an amount to shift, each checked against the schedule. Without
     * a tranche (null: refused already) only what is asked for regardless of the tranche is checked.
     */
    private void describe(ChangeRequest change, ChangeRequestSubmission request, PartnershipView partnership, ScheduledTranche tranche) {
        switch (request.kind()) {
            case DELAY -> {
                LocalDate date = request.newDate();
                if (date == null) {
                    throw new DomainException("change.date.missing");
                }
                if (tranche == null) {
                    return;
                }
                if (!date.isAfter(tranche.plannedDate())) {
                    throw new DomainException("change.date.later");
                }
                schedule.tranchesOfPartnership(partnership.id()).stream()
                        .filter(t -> t.sequence() > tranche.sequence() && !date.isBefore(t.plannedDate())).findFirst()
                        .ifPresent(t -> {
                            throw new DomainException("change.date.order", t.sequence());
                        });
                change.newDate = date;
                change.needsApproval = true;
            }
            case CONTENT -> {
                String milestone = request.newMilestone() == null ? "" : request.newMilestone().strip();
                if (milestone.isEmpty()) {
                    throw new DomainException("change.milestone.required");
                }
                if (milestone.length() > 1000) {
                    throw new DomainException("change.milestone.tooLong", 1000);
                }
                if (tranche == null) {
                    return;
                }
                KpiTarget target = schedule.checkTarget(tranche.id(), request.newTarget());
                change.newMilestone = milestone;
                change.newMilestoneKpi = target.kpi();
                change.newMilestoneTarget = target.value();
                change.needsApproval = true;
            }
            case BUDGET_SHIFT -> {
                if (request.targetTrancheId() == null || (tranche != null && request.targetTrancheId() == tranche.id())) {
                    throw new DomainException("change.shift.target");
                }
                ScheduledTranche target = changeableTranche(partnership.id(), request.targetTrancheId());
                if (request.amount() == null) {
                    throw new DomainException("change.shift.amount");
                }
                if (tranche == null) {
                    return;
                }
                Money amount = Money.ofEuros(request.amount());
                if (!amount.isPositive() || !tranche.amount().isGreaterThan(amount)) {
                    throw new DomainException("change.shift.amount");
                }
                change.targetTrancheId = target.id();
                change.amountCents = amount.cents();
                Map<Long, Long> setByAnOfficer = amountsSetByAnOfficer(partnership.id());
                change.needsApproval = FundingRules.needsApproval(ChangeKind.BUDGET_SHIFT,
                        setByAnOfficer.getOrDefault(tranche.id(), tranche.amount().cents()), tranche.amount().cents() - amount.cents(),
                        setByAnOfficer.getOrDefault(target.id(), target.amount().cents()), target.amount().cents() + amount.cents(),
                        changeThresholdPercent);
            }
        }
    }

    /**
     * The amount of each tranche a budget shift moved, as a grant officer last set it: at the allocation (the amount
     * before the first shift), or by approving a shift. A shift applied at once, within the threshold, leaves it as it
     * was. A tranche no shift moved is not in the map: its amount is still the allocated one. A caller that is to act on
     * it holds the allocation's lock, so that the shifts are all those applied, in the order they were.
     */
    private Map<Long, Long> amountsSetByAnOfficer(long partnershipId) {
        Map<Long, Long> set = new java.util.HashMap<>();
        em.createQuery("select c from ChangeRequest c where c.partnershipId = :pps and c.kind = :kind and c.previousAmountCents is not null"
                        + " order by c.decidedAt, c.id", ChangeRequest.class).setParameter("pps", partnershipId)
                .setParameter("kind", ChangeKind.BUDGET_SHIFT).getResultStream().forEach(shift -> {
                    set.putIfAbsent(shift.trancheId, shift.previousAmountCents);
                    set.putIfAbsent(shift.targetTrancheId, shift.previousTargetAmountCents);
                    if (shift.needsApproval) {
                        set.put(shift.trancheId, shift.previousAmountCents - shift.amountCents);
                        set.put(shift.targetTrancheId, shift.previousTargetAmountCents + shift.amountCents);
                    }
                });
        return set;
    }

    private ScheduledTranche changeableTranche(long partnershipId, Long trancheId) {
        if (trancheId == null) {
            throw new DomainException("change.tranche.required");
        }
        ScheduledTranche tranche;
        try {
            tranche = schedule.tranche(trancheId);
        } catch (DomainException e) {
            throw new DomainException("change.tranche.required");
        }
        if (tranche.partnershipId() != partnershipId) {
            throw new DomainException("change.tranche.required");
        }
        // Its state as it is once no one else holds it: a report being sent for it is in first, or waits for this change.
        TrancheRelease release = em.find(TrancheRelease.class, trancheId);
        if (release != null) {
            em.refresh(release, LockModeType.PESSIMISTIC_WRITE);
        }
        if (release != null && !release.status.isChangeable()) {
            throw new DomainException("change.tranche.notChangeable", tranche.sequence());
        }
        return tranche;
    }

    /** The change request an officer's task is about, as the PPS page shows it. */
    public ChangeRequestView changeRequestOfTask(Actor actor, String taskId) {
        ChangeRequest change = changeOf(actor, taskId);
        return changeRequestsOf(actor, change.partnershipId).stream().filter(c -> c.id() == change.id).findFirst()
                .orElseThrow(TaskNotAvailableException::new);
    }

    /** What an officer decided on a change request: for an approved delay, the tranche and its new date. */
    record Decided(boolean approved, ChangeKind kind, long trancheId, LocalDate newDate, String reasoning) {
    }

    /** An officer approves (the model applies the change) or rejects (nothing changes) a change request, with reasoning. */
    public Decided decideOnChangeRequest(Actor officer, String taskId, ChangeRequestDecision decision) {
        officer.require(Role.GRANT_OFFICER);
        ChangeRequest change = changeOf(officer, taskId);
        // The choice and the reasoning each on their own: the officer is told both at once.
        Refusals refusals = new Refusals();
        Boolean chosen = decision == null ? null : decision.approved();
        if (chosen == null) {
            refusals.refuse("changeDecision.choice.required");
        }
        String reasoning = refusals.value(() -> FundingRules.text(decision == null ? null : decision.reasoning(),
                "changeDecision.reasoning.required"));
        refusals.refuseIfAny();
        boolean approved = chosen;
        if (approved) {
            // A tranche reported on, verified or paid meanwhile is told here, before the engine applies the change (which
            // refuses it too, and would log the refusal as the engine's error): the PPS's schedule locked first, as
            // applying a change locks it, then each tranche's state once a report being sent for it is in.
            schedule.lockAllocation(change.partnershipId);
            for (Long trancheId : new Long[] {change.trancheId, change.targetTrancheId}) {
                if (trancheId != null) {
                    changeableTranche(change.partnershipId, trancheId);
                }
            }
        }
        change.decide(approved, officer.username(), clock.instant(), reasoning);
        em.flush();
        audit.record(officer.username(), "changeRequest.decided", "changeRequest", change.id, (approved ? "approved" : "rejected")
                + "; " + AuditTrail.quoted("reasoning", reasoning));
        workflow.complete(officer, taskId, DECIDE_CHANGE, Map.of("approved", approved));
        return new Decided(approved, change.kind, change.trancheId, change.newDate, reasoning);
    }

    /** Every change request of a PPS the actor may see, newest first. */
    public List<ChangeRequestView> changeRequestsOf(Actor actor, long partnershipId) {
        PartnershipView partnership = partnerships.partnership(actor, partnershipId);
        return of(partnership, schedule.tranchesOfPartnership(partnershipId));
    }

    /** The PPS's change requests; the caller has checked the actor may see the PPS and read its tranches. */
    List<ChangeRequestView> of(PartnershipView partnership, List<ScheduledTranche> tranches) {
        Map<Long, ScheduledTranche> byId = tranches.stream().collect(Collectors.toMap(ScheduledTranche::id, t -> t));
        Map<Long, Map<Long, Long>> setByAnOfficer = new java.util.HashMap<>();
        return em.createQuery("select c from ChangeRequest c where c.partnershipId = :pps order by c.requestedAt desc, c.id desc",
                        ChangeRequest.class).setParameter("pps", partnership.id()).getResultStream()
                .map(c -> view(c, partnership.name(), byId, setByAnOfficer)).toList();
    }

    /** The change requests on these tranches (a programme's), oldest first; the caller has checked the actor may read them. */
    List<ChangeRequestView> onTranches(Map<Long, ScheduledTranche> byId) {
        Map<Long, Map<Long, Long>> setByAnOfficer = new java.util.HashMap<>();
        return byId.isEmpty() ? List.of() : em.createQuery(
                        "select c from ChangeRequest c where c.trancheId in :ids order by c.requestedAt, c.id", ChangeRequest.class)
                .setParameter("ids", byId.keySet()).getResultStream()
                .map(c -> view(c, byId.get(c.trancheId).partnershipName(), byId, setByAnOfficer)).toList();
    }

    /**
     * The request with what it changes from: as applied, or the schedule as it is while the request waits; a budget shift
     * that waits with the amounts a grant officer set (read once per PPS, kept in {@code setByAnOfficer}).
     */
    private ChangeRequestView view(ChangeRequest c, String partnershipName, Map<Long, ScheduledTranche> tranches,
                                   Map<Long, Map<Long, Long>> setByAnOfficer) {
        ScheduledTranche tranche = tranches.get(c.trancheId);
        ScheduledTranche target = c.targetTrancheId == null ? null : tranches.get(c.targetTrancheId);
        // Kept when it was applied; while it waits, the schedule as it is now; rejected (or applied before V16): not known.
        boolean applied = c.previousAmountCents != null;
        boolean waiting = ChangeRequest.PENDING.equals(c.status) && tranche != null;
        LocalDate currentDate = applied ? c.previousDate : waiting ? tranche.plannedDate() : null;
        String currentMilestone = applied ? c.previousMilestone : waiting ? tranche.milestone() : null;
        KpiTarget currentTarget = applied ? c.previousTarget() : waiting ? tranche.target() : null;
        Money currentAmount = applied ? Money.ofCents(c.previousAmountCents) : waiting ? tranche.amount() : null;
        Money currentTargetAmount = applied ? (c.previousTargetAmountCents == null ? null : Money.ofCents(c.previousTargetAmountCents))
                : waiting && target != null ? target.amount() : null;
        Money setAmount = null;
        Money setTargetAmount = null;
        if (waiting && target != null && c.kind == ChangeKind.BUDGET_SHIFT) {
            Map<Long, Long> set = setByAnOfficer.computeIfAbsent(c.partnershipId, this::amountsSetByAnOfficer);
            setAmount = Money.ofCents(set.getOrDefault(tranche.id(), tranche.amount().cents()));
            setTargetAmount = Money.ofCents(set.getOrDefault(target.id(), target.amount().cents()));
        }
        return new ChangeRequestView(c.id, c.partnershipId, partnershipName, c.kind, tranche == null ? 0 : tranche.sequence(),
                target == null ? null : target.sequence(), c.newDate, c.newMilestone, c.newTarget(),
                c.amountCents == null ? null : Money.ofCents(c.amountCents), c.reason, c.needsApproval, c.status,
                c.requestedBy, c.requestedAt, c.decidedBy, c.decidedAt, c.decisionReason, currentDate, currentMilestone,
                currentTarget, currentAmount, currentTargetAmount, setAmount, setTargetAmount);
    }

    private ChangeRequest changeOf(Actor actor, String taskId) {
        WorkTask task = workflow.task(actor, taskId).filter(t -> t.taskKey().equals(DECIDE_CHANGE))
                .orElseThrow(() -> workflow.notAvailable(actor, taskId));
        ChangeRequest change = em.find(ChangeRequest.class, Long.parseLong(task.businessKey()));
        if (change == null) {
            throw new TaskNotAvailableException();
        }
        return change;
    }
}
