package nl.ngf.grants.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.funding.ChangeRequestView;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.ProgrammeFunding;
import nl.ngf.grants.funding.ProgrammeResults;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.workflow.WorkTask;

/** A programme's awarded, allocated, released and remaining amounts, for its pages. */
@Named
@RequestScoped
public class ProgrammeMoney {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    @Inject
    FundingTasks fileTasks;

    private Long programmeId;
    private ProgrammeFunding funds;
    private boolean loaded;
    private ProgrammeResults results;
    private boolean resultsLoaded;
    private List<WorkTask> tasks;

    /** What the programme's PPSs have reported against their baselines and targets; null when not to be shown. */
    public ProgrammeResults getResults() {
        if (!resultsLoaded && programmeId != null) {
            resultsLoaded = true;
            try {
                results = funding.programmeResults(currentUser.actor(), programmeId);
            } catch (DomainException e) {
                results = null;
            }
        }
        return results;
    }

    public ProgrammeFunding getFunding() {
        if (!loaded && programmeId != null) {
            loaded = true;
            try {
                funds = funding.programmeFunding(currentUser.actor(), programmeId);
            } catch (DomainException e) {
                funds = null;
            }
        }
        return funds;
    }

    /**
     * The programme's timeline with what happened to its money added in order: the allocation, each
     * payment (who authorised it), each tranche withheld, refused, extended or cancelled, each change
     * request (applied at once, waiting, approved or rejected), and the final settlement.
     */
    public List<ProgrammeDetails.TimelineEntry> timeline(List<ProgrammeDetails.TimelineEntry> award) {
        ProgrammeFunding money = getFunding();
        if (money == null || money.allocation() == null) {
            return award;
        }
        List<ProgrammeDetails.TimelineEntry> entries = new ArrayList<>(award);
        entries.add(new ProgrammeDetails.TimelineEntry(money.allocation().at(), money.allocation().by(), "timeline.allocated",
                List.of(money.allocated(), money.allocation().partnerships()), null));
        money.payments().forEach(p -> entries.add(new ProgrammeDetails.TimelineEntry(p.releasedAt(), p.authorisedBy(), "timeline.paid",
                List.of(p.tranche(), p.partnershipName(), p.amount()), null)));
        money.setbacks().forEach(e -> entries.add(new ProgrammeDetails.TimelineEntry(e.at(), e.by(), "timeline.tranche." + e.kind(),
                List.of(e.tranche(), e.partnershipName()), null)));
        money.changeRequests().forEach(change -> entries.add(entryOf(change)));
        if (money.closure() != null) {
            entries.add(new ProgrammeDetails.TimelineEntry(money.closure().closedAt(), null, "timeline.settled",
                    List.of(money.released(), money.closure().releasedTranches(), money.closure().cancelledTranches()), null));
        }
        entries.sort(Comparator.comparing(ProgrammeDetails.TimelineEntry::at));
        return entries;
    }

    /**
     * A change request where it stands: applied at once (within the threshold, as the applicant asked),
     * waiting for a grant officer, or approved or rejected by one (with the officer's reason).
     */
    private static ProgrammeDetails.TimelineEntry entryOf(ChangeRequestView change) {
        List<Object> about = List.of(change.trancheSequence(), change.partnershipName(), change.kind());
        if (change.decidedBy() == null) {
            String state = change.needsApproval() || change.decidedAt() == null ? "PENDING" : "APPLIED";
            return new ProgrammeDetails.TimelineEntry(change.requestedAt(), change.requestedBy(), "timeline.change." + state, about,
                    change.reason());
        }
        return new ProgrammeDetails.TimelineEntry(change.decidedAt(), change.decidedBy(), "timeline.change." + change.status(), about,
                change.decisionReason());
    }

    /**
     * The user's tasks on the programme: those on its award (given) and, once its money is allocated, those on its PPSs'
     * tranches and change requests; oldest deadline first.
     */
    public List<WorkTask> tasksWith(List<WorkTask> award) {
        if (tasks == null) {
            ProgrammeFunding money = getFunding();
            tasks = money == null ? award : fileTasks.of(money.trancheIds(), money.changeRequests(), award);
        }
        return tasks;
    }

    /**
     * The same URL parameter as the page's own bean reads: that bean reports an id that is not a number;
     * this one then shows nothing, rather than saying so a second time.
     */
    public String getProgrammeId() {
        return programmeId == null ? null : programmeId.toString();
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId != null && programmeId.matches("[0-9]{1,18}") ? Long.valueOf(programmeId) : null;
    }
}
