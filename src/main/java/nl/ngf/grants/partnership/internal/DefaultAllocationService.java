package nl.ngf.grants.partnership.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.AllocationPlan;
import nl.ngf.grants.partnership.AllocationService;
import nl.ngf.grants.partnership.AllocationView;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;

@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class DefaultAllocationService implements AllocationService {

    static final String ALLOCATE_TASK = "allocateAwardedAmount";

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    WorkflowService workflow;

    @Inject
    ProgrammeService programmes;

    @Inject
    AuditTrail audit;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    @Override
    public void allocate(Actor officer, String taskId, AllocationPlan plan) {
        officer.require(Role.GRANT_OFFICER);
        WorkTask task = workflow.task(officer, taskId).filter(t -> t.taskKey().equals(ALLOCATE_TASK))
                .orElseThrow(() -> workflow.notAvailable(officer, taskId));
        long programmeId = Long.parseLong(task.businessKey());
        // The programme held for the rest of the transaction, then its PPSs, always in the same order: of two requests
        // allocating at once (two officers, or the form sent twice by a double click), the second waits, then finds the
        // allocation made and is told the task is done, instead of writing a second one; a PPS added meanwhile is added
        // before (and divided over) or after (and refused), and one corrected or removed meanwhile is read as it is now.
        ProgrammeSummary programme = programmes.summaryHeld(officer, programmeId);
        if (programme.status() != ProgrammeStatus.AWARDED) {
            throw new DomainException("allocation.notAwarded");
        }
        Map<Long, AllocationRules.Pps> partnerships = em.createQuery("select p from Partnership p where p.programmeId = :programme order by p.id",
                        Partnership.class)
                .setParameter("programme", programmeId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .collect(Collectors.toMap(p -> p.id, p -> new AllocationRules.Pps(p.name, p.baseline())));
        if (!allocations(programmeId).isEmpty()) {
            throw workflow.notAvailable(officer, taskId);
        }
        List<Allocation> allocations = AllocationRules.check(programmeId, plan, partnerships, programme.awarded(),
                Deadlines.today(clock.instant()), officer.username(), clock.instant());
        allocations.forEach(em::persist);
        em.flush();
        // Recorded before the task completes, so that the trail reads the allocation before the report each PPS's first
        // tranche then asks for.
        audit.record(officer.username(), "programme.allocated", "programme", programmeId, allocations.stream()
                .map(a -> "pps " + a.partnershipId + ": amountCents=" + a.amountCents + ", tranches=" + a.tranches.size())
                .collect(Collectors.joining("; ")));
        // Each PPS's schedule, tranche by tranche, on the PPS's own record: what every change request and payment after it
        // is held to.
        for (Allocation allocation : allocations) {
            audit.record(officer.username(), "partnership.allocated", "partnership", allocation.partnershipId, "programme=" + programmeId
                    + "; amountCents=" + allocation.amountCents + "; " + allocation.tranches.stream()
                    .map(t -> "tranche " + t.sequence + ": amountCents=" + t.amountCents + ", planned=" + t.plannedDate
                            + (t.milestoneKpi == null ? "" : ", target=" + t.milestoneKpi + " " + t.milestoneTarget.toPlainString())
                            + ", " + AuditTrail.quoted("milestone", t.milestone))
                    .collect(Collectors.joining("; ")));
        }
        workflow.complete(officer, taskId, ALLOCATE_TASK, Map.of());
    }

    @Override
    public AllocationView allocationOf(Actor actor, long programmeId) {
        ProgrammeDetails programme = programmes.programme(actor, programmeId);
        if (!actor.mayRead(programme.organisationId())) {
            // A committee member reads the plan put before the committee, not how its money is divided.
            throw new NotAllowedException("programme.notFound");
        }
        List<Partnership> ppss = em.createQuery("select p from Partnership p where p.programmeId = :programme", Partnership.class)
                .setParameter("programme", programmeId).getResultList();
        Map<Long, String> names = ppss.stream().collect(Collectors.toMap(p -> p.id, p -> p.name));
        Map<Long, Long> organisations = ppss.stream().collect(Collectors.toMap(p -> p.id, p -> p.organisationId));
        List<AllocationView.Line> lines = allocations(programmeId).stream()
                .filter(a -> actor.mayRead(organisations.get(a.partnershipId)))
                .map(a -> new AllocationView.Line(a.partnershipId, names.get(a.partnershipId), Money.ofCents(a.amountCents),
                        a.tranches.stream().map(t -> new AllocationView.Tranche(t.sequence, Money.ofCents(t.amountCents),
                                t.plannedDate, t.milestone, t.target())).toList()))
                .toList();
        Money allocated = lines.stream().map(AllocationView.Line::amount).reduce(Money.ZERO, Money::plus);
        return new AllocationView(programme.summary().awarded(), allocated, lines);
    }

    private List<Allocation> allocations(long programmeId) {
        return em.createQuery("select a from Allocation a where a.programmeId = :programme order by a.id", Allocation.class)
                .setParameter("programme", programmeId).getResultList();
    }
}
