package nl.ngf.grants.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.PartnershipFunding;
import nl.ngf.grants.funding.TrancheView;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.workflow.WorkTask;

/** The money part of a PPS page: allocation, released, each tranche with its status, reports and decisions. */
@Named
@RequestScoped
public class PartnershipMoney {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    @Inject
    FundingTasks fileTasks;

    private Long partnershipId;
    private PartnershipFunding funds;
    private boolean loaded;
    private List<WorkTask> tasks;

    public PartnershipFunding getFunding() {
        if (!loaded && partnershipId != null) {
            loaded = true;
            try {
                funds = funding.fundingOf(currentUser.actor(), partnershipId);
            } catch (DomainException e) {
                funds = null;
            }
        }
        return funds;
    }

    /**
     * What the user can do on this PPS now: a tranche's report, verification, approval, plan or overdue decision, and
     * a change request's decision; each to open, oldest deadline first.
     */
    public List<WorkTask> getTasks() {
        if (tasks == null) {
            PartnershipFunding funds = getFunding();
            tasks = funds == null ? List.of()
                    : fileTasks.of(funds.tranches().stream().map(TrancheView::id).toList(), funds.changeRequests(), List.of());
        }
        return tasks;
    }

    /** The PPS's latest progress report (its KPIs "now"), or null before the first. */
    public TrancheView.Report getLatestReport() {
        return getFunding() == null ? null : getFunding().tranches().stream().flatMap(t -> t.reports().stream())
                .filter(r -> !r.correctivePlan()).max(java.util.Comparator.comparing(TrancheView.Report::submittedAt)).orElse(null);
    }

    /** An applicant of the PPS's organisation may ask to change a tranche whose progress report is not in yet. */
    public boolean isMayRequestChange() {
        return currentUser.isApplicant() && getFunding() != null && getFunding().tranches().stream().anyMatch(t -> t.status().isChangeable());
    }

    /**
     * The same URL parameter as the page's own bean reads: that bean reports an id that is not a number;
     * this one then shows nothing, rather than saying so a second time.
     */
    public String getPartnershipId() {
        return partnershipId == null ? null : partnershipId.toString();
    }

    public void setPartnershipId(String partnershipId) {
        this.partnershipId = partnershipId != null && partnershipId.matches("[0-9]{1,18}") ? Long.valueOf(partnershipId) : null;
    }
}
