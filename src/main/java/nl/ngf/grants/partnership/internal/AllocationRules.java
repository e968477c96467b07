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

/**
 * The rules of an allocation, checked before anything is written: every amount positive whole
 * cents, every PPS of this programme at most once, each PPS's tranches adding up to its allocation,
 * planned dates after today and at most a year apart (a PPS reports its progress at least once a year, and
 * each tranche waits for a report), a milestone per tranche (a description and a KPI value above the
 * PPS's baseline, which its reports are measured against), and the total never above the awarded amount.
 */
final class AllocationRules {

    static final int MAX_MILESTONE = 1000;

    /** Far above any real figure (the column holds 15 digits, two after the point). */
    private static final BigDecimal MAX_TARGET = new BigDecimal("1000000000000");

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
        Set<Long> seen = new HashSet<>();
        Money total = Money.ZERO;
        List<Allocation> allocations = new ArrayList<>();
        for (AllocationPlan.Line line : plan.lines()) {
            Pps pps = partnerships.get(line.partnershipId());
            if (pps == null) {
                throw new DomainException("allocation.partnership.unknown");
            }
            String name = pps.name();
            if (!seen.add(line.partnershipId())) {
                throw new DomainException("allocation.partnership.twice", name);
            }
            Money amount = positive(line.amount(), "allocation.amount.positive", name);
            if (line.tranches() == null || line.tranches().isEmpty()) {
                throw new DomainException("allocation.tranches.required", name);
            }
            Allocation allocation = new Allocation(programmeId, line.partnershipId(), amount.cents(), officer, now);
            Money tranches = Money.ZERO;
            LocalDate previous = today;
            int sequence = 0;
            for (AllocationPlan.Tranche tranche : line.tranches()) {
                sequence++;
                Money trancheAmount = positive(tranche.amount(), "allocation.tranche.amount.positive", name);
                if (tranche.plannedDate() == null || !tranche.plannedDate().isAfter(previous)) {
                    throw new DomainException("allocation.tranche.dateOrder", name, sequence);
                }
                if (ReportingInterval.exceeded(previous, tranche.plannedDate())) {
                    throw new DomainException(sequence == 1 ? "allocation.tranche.firstWithinAYear" : "allocation.tranche.withinAYear",
                            name, sequence);
                }
                previous = tranche.plannedDate();
                String milestone = tranche.milestone() == null ? "" : tranche.milestone().strip();
                if (milestone.isEmpty()) {
                    throw new DomainException("allocation.tranche.milestone.required", name, sequence);
                }
                if (milestone.length() > MAX_MILESTONE) {
                    throw new DomainException("allocation.tranche.milestone.tooLong", name, sequence, MAX_MILESTONE);
                }
                KpiTarget target = target(tranche.target(), pps.baseline(), name, sequence);
                tranches = tranches.plus(trancheAmount);
                allocation.tranches.add(new PlannedTranche(allocation, sequence, trancheAmount.cents(), tranche.plannedDate(), milestone, target));
            }
            if (!tranches.equals(amount)) {
                throw new DomainException("allocation.tranches.sum", name);
            }
            total = total.plus(amount);
            allocations.add(allocation);
        }
        if (awarded == null) {
            throw new DomainException("allocation.notAwarded");
        }
        if (total.isGreaterThan(awarded)) {
            throw new DomainException("allocation.aboveAwarded");
        }
        return allocations;
    }

    /**
     * The KPI value a tranche's milestone sets, checked: given, a valid value of its figure (not
     * negative, a percentage at most 100, no more decimals than the figure has) and above the PPS's
     * baseline, so that a report can be measured against it. Returns it at the figure's scale.
     */
    static KpiTarget target(KpiTarget target, Kpis baseline, String name, int sequence) {
        if (target == null) {
            throw new DomainException("allocation.tranche.target.required", name, sequence);
        }
        BigDecimal value = target.value();
        if (value.signum() < 0 || value.compareTo(MAX_TARGET) > 0
                || target.kpi() == Kpi.SME_REACH && value.compareTo(BigDecimal.valueOf(100)) > 0) {
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

    private static Money positive(BigDecimal euros, String key, String name) {
        if (euros == null) {
            throw new DomainException(key, name);
        }
        Money money = Money.ofEuros(euros);
        if (!money.isPositive()) {
            throw new DomainException(key, name);
        }
        return money;
    }
}
