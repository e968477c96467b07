package nl.ngf.grants.partnership.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.partnership.AllocationPlan;
import nl.ngf.grants.partnership.AllocationService;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.workflow.TaskNotAvailableException;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import nl.ngf.grants.web.Messages;

/** A grant officer divides the awarded amount over the programme's PPSs, each with its tranches. */
@Named
@ViewScoped
public class AllocateAwardedAmount implements Serializable {

    /** One tranche as the form edits it. */
    public static class TrancheForm implements Serializable {
        private BigDecimal amount;
        private LocalDate plannedDate;
        private String milestone;
        private Kpi kpi;
        private BigDecimal target;

        public Kpi getKpi() {
            return kpi;
        }

        public void setKpi(Kpi kpi) {
            this.kpi = kpi;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        /** The measurable part of the milestone, or null until both the figure and its value are entered. */
        KpiTarget kpiTarget() {
            return kpi == null || target == null ? null : new KpiTarget(kpi, target);
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public LocalDate getPlannedDate() {
            return plannedDate;
        }

        public void setPlannedDate(LocalDate plannedDate) {
            this.plannedDate = plannedDate;
        }

        public String getMilestone() {
            return milestone;
        }

        public void setMilestone(String milestone) {
            this.milestone = milestone;
        }
    }

    /** One PPS's allocation as the form edits it; a PPS left without an amount gets nothing. */
    public static class LineForm implements Serializable {
        private final long partnershipId;
        private final String name;
        private final Kpis baseline;
        private final Kpis target;
        private BigDecimal amount;
        private final List<TrancheForm> tranches = new ArrayList<>();

        LineForm(long partnershipId, String name, Kpis baseline, Kpis target) {
            this.partnershipId = partnershipId;
            this.name = name;
            this.baseline = baseline;
            this.target = target;
        }

        /** The PPS's KPI baseline, which each tranche's milestone value must exceed. */
        public Kpis getBaseline() {
            return baseline;
        }

        /** The PPS's KPI targets, where its milestones lead. */
        public Kpis getTarget() {
            return target;
        }

        public long getPartnershipId() {
            return partnershipId;
        }

        public String getName() {
            return name;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public List<TrancheForm> getTranches() {
            return tranches;
        }

        /** What the tranches entered add up to, as the officer types them. */
        public Money getTrancheTotal() {
            return tranches.stream().map(TrancheForm::getAmount).filter(Objects::nonNull).map(AllocateAwardedAmount::money)
                    .reduce(Money.ZERO, Money::plus);
        }

        /** The amount to allocate to this PPS, or null until one is entered. */
        public Money getAmountMoney() {
            return amount == null ? null : money(amount);
        }

        /** Whether the tranches add up to the amount (the allocation is refused otherwise); true until an amount is entered. */
        public boolean isTranchesAddUp() {
            return amount == null || getTrancheTotal().equals(money(amount));
        }
    }

    /** An amount as entered, in exact cents (more decimals count as entered: the allocation refuses them). */
    private static Money money(BigDecimal euros) {
        return Money.ofCents(euros.movePointRight(2).longValue());
    }

    @Inject
    WorkflowService workflow;

    @Inject
    ProgrammeService programmes;

    @Inject
    PartnershipService partnerships;

    @Inject
    AllocationService allocations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    private String taskId;
    private WorkTask task;
    private ProgrammeDetails programme;
    private final List<LineForm> lines = new ArrayList<>();

    public void load() {
        if (task != null) {
            return;
        }
        try {
            task = workflow.task(currentUser.actor(), taskId).filter(t -> t.taskKey().equals("allocateAwardedAmount"))
                    .orElseThrow(() -> workflow.notAvailable(currentUser.actor(), taskId));
            programme = programmes.programme(currentUser.actor(), Long.parseLong(task.businessKey()));
            partnerships.partnershipsOf(currentUser.actor(), programme.summary().id()).forEach(p -> {
                LineForm line = new LineForm(p.id(), p.name(), p.baseline(), p.target());
                addTranche(line);
                lines.add(line);
            });
        } catch (DomainException e) {
            task = null;
            messages.refused(e);
        }
    }

    public boolean isAvailable() {
        return task != null && programme != null;
    }

    public void addTranche(LineForm line) {
        TrancheForm tranche = new TrancheForm();
        LocalDate today = Deadlines.today(clock.instant());
        LocalDate previous = line.tranches.isEmpty() ? today
                : Objects.requireNonNullElse(line.tranches.get(line.tranches.size() - 1).plannedDate, today);
        tranche.setPlannedDate(previous.plusMonths(12));
        line.tranches.add(tranche);
    }

    public void removeTranche(LineForm line, TrancheForm tranche) {
        if (line.tranches.size() > 1) {
            line.tranches.remove(tranche);
        }
    }

    /** The running total of what is entered, in exact cents (amounts with more decimals count as entered). */
    public Money getTotal() {
        return lines.stream().map(LineForm::getAmount).filter(Objects::nonNull)
                .map(AllocateAwardedAmount::money).reduce(Money.ZERO, Money::plus);
    }

    public Money getRemaining() {
        Money awarded = programme.summary().awarded();
        return awarded == null ? Money.ZERO : awarded.minus(getTotal());
    }

    /** How much the amounts entered are above the award, or null when they are not: the form says so rather than show less than nothing left. */
    public Money getExcess() {
        Money remaining = getRemaining();
        return Money.ZERO.isGreaterThan(remaining) ? Money.ZERO.minus(remaining) : null;
    }

    public String submit() {
        try {
            List<AllocationPlan.Line> plan = lines.stream().filter(l -> l.amount != null)
                    .map(l -> new AllocationPlan.Line(l.partnershipId, l.amount, l.tranches.stream()
                            .map(t -> new AllocationPlan.Tranche(t.amount, t.plannedDate, t.milestone, t.kpiTarget())).toList()))
                    .toList();
            allocations.allocate(currentUser.actor(), taskId, new AllocationPlan(plan));
            return Messages.redirectWithNotice("/partnership/allocation.xhtml?programme=" + programme.summary().id(), "allocation.done");
        } catch (DomainException e) {
            messages.refused(e);
            if (e instanceof TaskNotAvailableException) {
                // Allocated or gone meanwhile: the page keeps only the message, not a form to send again.
                task = null;
            }
            return null;
        }
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public ProgrammeDetails getProgramme() {
        return programme;
    }

    public List<LineForm> getLines() {
        return lines;
    }
}
