package nl.ngf.grants.partnership.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ngf.grants.partnership.AllocationPlan;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.ReportingInterval;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.Refusals;

/**
 * The rules of an allocation, checked before anything is written: every amount positive whole
 * cents, every PPS of this programme at most once, each PPS's tranches adding up to its allocation,
 * planned dates after today and at most a year apart (a PPS reports its progress at least once a year, and
 * each tranche waits for a report), a milestone per tranche (a description and a KPI value above the
 * PPS's baseline, which its reports are measured against), and the total never above the awarded amount.
 */
final class AllocationRules {

    static final int MAX_MILESTONE = 1000;

    private AllocationRules() {
    }

    /** A PPS of the programme as the rules need it: its name (for the messages) and its KPI baseline. */
    record Pps(String name, Kpis baseline) {
    }

    /** @param partnerships the PPSs of this programme, by id */
    static List<Allocation> check(long programmeId, AllocationPlan plan, Map<Long, Pps> partnerships, Money awarded,
                                  LocalDate today, String officer, Instant now) {
        if (plan == null || plan.lines() == null || plan.lines().isEmpty()) {
            throw new DomainException("allocation.lines.required");
        }
        // Each PPS and each of its tranches on its own: the officer is told everything wrong with the plan at once.
        Refusals refusals = new Refusals();
        Set<Long> seen = new HashSet<>();
        Money total = Money.ZERO;
        List<Allocation> allocations = new ArrayList<>();
        for (AllocationPlan.Line line : plan.lines()) {
            Pps pps = partnerships.get(line.partnershipId());
            if (pps == null) {
                refusals.refuse("allocation.partnership.unknown");
                continue;
            }
            String name = pps.name();
            if (!seen.add(line.partnershipId())) {
                refusals.refuse("allocation.partnership.twice", name);
                continue;
            }
            Money amount = refusals.value(() -> positive(line.amount(), "allocation.amount.positive", name));
            if (line.tranches() == null || line.tranches().isEmpty()) {
                refusals.refuse("allocation.tranches.required", name);
                continue;
            }
            Allocation allocation = new Allocation(programmeId, line.partnershipId(), amount == null ? 0 : amount.cents(), officer, now);
            Money tranches = Money.ZERO;
            boolean everyAmountHolds = true;
            LocalDate previous = today;
            int sequence = 0;
            for (AllocationPlan.Tranche tranche : line.tranches()) {
                int position = ++sequence;
                Money trancheAmount = refusals.value(() -> positive(tranche.amount(), "allocation.tranche.amount.positive", name, position));
                LocalDate planned = tranche.plannedDate();
                boolean dateHolds = planned != null && planned.isAfter(previous);
                if (planned == null) {
                    refusals.refuse("allocation.tranche.date.required", name, position);
                } else if (!dateHolds) {
                    refusals.refuse("allocation.tranche.dateOrder", name, position);
                } else {
                    if (ReportingInterval.exceeded(previous, planned)) {
                        refusals.refuse(position == 1 ? "allocation.tranche.firstWithinAYear" : "allocation.tranche.withinAYear",
                                name, position);
                        dateHolds = false;
                    }
                    // The next tranche follows this one's date, even when this one is too far from the one before.
                    previous = planned;
                }
                String milestone = refusals.value(() -> milestone(tranche.milestone(), name, position));
                KpiTarget target = refusals.value(() -> target(tranche.target(), pps.baseline(), name, position));
                if (trancheAmount == null) {
                    everyAmountHolds = false;
                    continue;
                }
                // The sum is told even when a tranche's date or milestone is wrong: it does not depend on them.
                tranches = tranches.plus(trancheAmount);
                if (!dateHolds || milestone == null || target == null) {
                    continue;
                }
                allocation.tranches.add(new PlannedTranche(allocation, position, trancheAmount.cents(), planned, milestone, target));
            }
            if (amount != null && everyAmountHolds && !tranches.equals(amount)) {
                refusals.refuse("allocation.tranches.sum", name);
            }
            if (amount != null) {
                total = total.plus(amount);
            }
            allocations.add(allocation);
        }
        // What the amounts that hold add up to already above the award is above it whatever the others are.
        if (awarded == null) {
            refusals.refuse("allocation.notAwarded");
        } else if (total.isGreaterThan(awarded)) {
            refusals.refuse("allocation.aboveAwarded", total.minus(awarded), awarded);
        }
        refusals.refuseIfAny();
        return allocations;
    }

    /** A tranche's milestone in words: given, at most {@link #MAX_MILESTONE} characters; stripped. */
    private static String milestone(String text, String name, int sequence) {
        String milestone = text == null ? "" : text.strip();
        if (milestone.isEmpty()) {
            throw new DomainException("allocation.tranche.milestone.required", name, sequence);
        }
        if (milestone.length() > MAX_MILESTONE) {
            throw new DomainException("allocation.tranche.milestone.tooLong", name, sequence, MAX_MILESTONE);
        }
        return milestone;
    }

    /**
     * The KPI value a tranche's milestone sets, checked: given, a valid value of its figure (not
     * negative, not beyond {@link Kpi#most}, no more decimals than the figure has) and above the PPS's
     * baseline, so that a report can be measured against it. Returns it at the figure's scale.
     */
    static KpiTarget target(KpiTarget target, Kpis baseline, String name, int sequence) {
        if (target == null) {
            throw new DomainException("allocation.tranche.target.required", name, sequence);
        }
        BigDecimal value = target.value();
        if (value.signum() < 0 || target.kpi().isBeyondMost(value)) {
            throw new DomainException("allocation.tranche.target.invalid", name, sequence);
        }
        if (value.stripTrailingZeros().scale() > target.kpi().scale()) {
            throw new DomainException("allocation.tranche.target.decimals", name, sequence);
        }
        BigDecimal from = target.kpi().of(baseline);
        if (value.compareTo(from) <= 0) {
            throw new DomainException("allocation.tranche.target.aboveBaseline", name, sequence, from.toPlainString());
        }
        return new KpiTarget(target.kpi(), value.setScale(target.kpi().scale()));
    }

    private static Money positive(BigDecimal euros, String key, Object... arguments) {
        if (euros == null) {
            throw new DomainException(key, arguments);
        }
        Money money = Money.ofEuros(euros);
        if (!money.isPositive()) {
            throw new DomainException(key, arguments);
        }
        return money;
    }
}
