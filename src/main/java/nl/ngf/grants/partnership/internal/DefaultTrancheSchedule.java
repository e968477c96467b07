package nl.ngf.grants.partnership.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.ScheduledTranche;
import nl.ngf.grants.partnership.TrancheSchedule;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;

@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class DefaultTrancheSchedule implements TrancheSchedule {

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Override
    public List<ScheduledTranche> tranchesOfProgramme(long programmeId) {
        return views(em.createQuery("select t from PlannedTranche t where t.allocation.programmeId = :programme"
                + " order by t.allocation.partnershipId, t.sequence", PlannedTranche.class)
                .setParameter("programme", programmeId).getResultList());
    }

    @Override
    public List<ScheduledTranche> tranchesOfPartnership(long partnershipId) {
        return views(tranchesOf(partnershipId));
    }

    @Override
    public ScheduledTranche tranche(long trancheId) {
        return views(List.of(find(trancheId))).get(0);
    }

    @Override
    public Map<Long, ScheduledTranche> tranches(Collection<Long> trancheIds) {
        if (trancheIds.isEmpty()) {
            return Map.of();
        }
        return views(em.createQuery("select t from PlannedTranche t where t.id in :ids", PlannedTranche.class)
                .setParameter("ids", List.copyOf(trancheIds)).getResultList()).stream()
                .collect(Collectors.toMap(ScheduledTranche::id, t -> t));
    }

    @Override
    public java.util.Optional<Allocated> allocated(long programmeId) {
        List<Allocation> allocations = em.createQuery("select a from Allocation a where a.programmeId = :programme order by a.allocatedAt, a.id",
                Allocation.class).setParameter("programme", programmeId).getResultList();
        return allocations.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Allocated(allocations.get(0).allocatedAt, allocations.get(0).allocatedBy, allocations.size()));
    }

    @Override
    public Map<Long, Money> allocatedOf(Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select t.allocation.programmeId, sum(t.amountCents) from PlannedTranche t"
                        + " where t.allocation.programmeId in :ids group by t.allocation.programmeId", Object[].class)
                .setParameter("ids", programmeIds).getResultStream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> Money.ofCents(((Number) row[1]).longValue())));
    }

    @Override
    public Map<Long, Money> allocationsOf(Collection<Long> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Allocation a where a.partnershipId in :ids", Allocation.class)
                .setParameter("ids", partnershipIds).getResultStream()
                .collect(Collectors.toMap(a -> a.partnershipId, a -> Money.ofCents(a.amountCents)));
    }

    @Override
    public void lockProgramme(long programmeId) {
        em.createQuery("select a from Allocation a where a.programmeId = :programme order by a.id", Allocation.class)
                .setParameter("programme", programmeId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Money lockAllocation(long partnershipId) {
        Allocation allocation = em.createQuery("select a from Allocation a where a.partnershipId = :partnership", Allocation.class)
                .setParameter("partnership", partnershipId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> new DomainException("funding.notAllocated"));
        // A tranche this transaction read before it had the lock may be as it was before another transaction changed it
        // and let the lock go (two budget shifts at once: the second would undo the first): read them all again now.
        em.flush();
        tranchesOf(partnershipId, true);
        return Money.ofCents(allocation.amountCents);
    }

    @Override
    public void moveTranche(long trancheId, LocalDate plannedDate, LocalDate today) {
        PlannedTranche tranche = find(trancheId);
        if (plannedDate == null || !plannedDate.isAfter(today)) {
            throw new DomainException("change.date.future");
        }
        List<PlannedTranche> all = tranchesOf(tranche.allocation.partnershipId);
        for (PlannedTranche other : all) {
            boolean before = other.sequence < tranche.sequence && !plannedDate.isAfter(other.plannedDate);
            boolean after = other.sequence > tranche.sequence && !plannedDate.isBefore(other.plannedDate);
            if (before || after) {
                throw new DomainException("change.date.order", other.sequence);
            }
        }
        tranche.reschedule(plannedDate);
    }

    @Override
    public KpiTarget checkTarget(long trancheId, KpiTarget target) {
        PlannedTranche tranche = find(trancheId);
        Partnership pps = em.find(Partnership.class, tranche.allocation.partnershipId);
        return AllocationRules.target(target, pps.baseline(), pps.name, tranche.sequence);
    }

    @Override
    public void changeMilestone(long trancheId, String milestone, KpiTarget target) {
        String text = milestone == null ? "" : milestone.strip();
        if (text.isEmpty()) {
            throw new DomainException("change.milestone.required");
        }
        if (text.length() > AllocationRules.MAX_MILESTONE) {
            throw new DomainException("change.milestone.tooLong", AllocationRules.MAX_MILESTONE);
        }
        find(trancheId).changeMilestone(text, checkTarget(trancheId, target));
    }

    @Override
    public void shiftBudget(long fromTrancheId, long toTrancheId, Money amount) {
        PlannedTranche from = find(fromTrancheId);
        PlannedTranche to = find(toTrancheId);
        if (from.id.equals(to.id) || !from.allocation.id.equals(to.allocation.id)) {
            throw new DomainException("change.shift.sameAllocation");
        }
        if (amount == null || !amount.isPositive() || amount.cents() >= from.amountCents) {
            throw new DomainException("change.shift.amount");
        }
        from.changeAmount(from.amountCents - amount.cents());
        to.changeAmount(Math.addExact(to.amountCents, amount.cents()));
    }

    private List<PlannedTranche> tranchesOf(long partnershipId) {
        return tranchesOf(partnershipId, false);
    }

    /** The PPS's tranches in order; {@code readAgain} reads those this transaction holds from the database once more. */
    private List<PlannedTranche> tranchesOf(long partnershipId, boolean readAgain) {
        return em.createQuery("select t from PlannedTranche t where t.allocation.partnershipId = :partnership order by t.sequence",
                PlannedTranche.class).setParameter("partnership", partnershipId)
                .setHint("eclipselink.refresh", String.valueOf(readAgain)).getResultList();
    }

    private PlannedTranche find(long trancheId) {
        PlannedTranche tranche = em.find(PlannedTranche.class, trancheId);
        if (tranche == null) {
            throw new DomainException("funding.tranche.notFound");
        }
        return tranche;
    }

    private List<ScheduledTranche> views(List<PlannedTranche> tranches) {
        if (tranches.isEmpty()) {
            return List.of();
        }
        Map<Long, Partnership> partnerships = em.createQuery("select p from Partnership p where p.id in :ids", Partnership.class)
                .setParameter("ids", tranches.stream().map(t -> t.allocation.partnershipId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(p -> p.id, p -> p));
        return tranches.stream().map(t -> {
            Partnership p = partnerships.get(t.allocation.partnershipId);
            return new ScheduledTranche(t.id, p.id, p.name, p.programmeId, p.organisationId, t.sequence,
                    Money.ofCents(t.amountCents), t.plannedDate, t.milestone, t.target(), p.baseline());
        }).toList();
    }
}
