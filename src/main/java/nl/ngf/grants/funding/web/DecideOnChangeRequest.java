package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ngf.grants.funding.ChangeRequestDecision;
import nl.ngf.grants.funding.ChangeRequestView;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.PartnershipFunding;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;
import nl.ngf.grants.workflow.TaskNotAvailableException;

/** A grant officer approves or rejects a change request, seeing the PPS's current schedule beside it. */
@Named
@ViewScoped
public class DecideOnChangeRequest implements Serializable {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String taskId;
    private ChangeRequestView change;
    private PartnershipFunding schedule;
    private Boolean approved;
    private String reasoning;

    public void load() {
        if (change != null) {
            return;
        }
        try {
            change = funding.changeRequestOfTask(currentUser.actor(), taskId);
            schedule = funding.fundingOf(currentUser.actor(), change.partnershipId());
        } catch (DomainException e) {
            change = null;
            messages.refused(e);
        }
    }

    public String submit() {
        try {
            funding.decideOnChangeRequest(currentUser.actor(), taskId, new ChangeRequestDecision(approved, reasoning));
            return Messages.redirectWithNotice("/workflow/inbox.xhtml", Boolean.TRUE.equals(approved) ? "changeDecision.done.approved" : "changeDecision.done.rejected");
        } catch (DomainException e) {
            messages.refused(e);
            if (e instanceof TaskNotAvailableException) {
                // Decided or gone meanwhile: the page keeps only the message, not a form to send again.
                change = null;
            }
            return null;
        }
    }

    public boolean isAvailable() {
        return change != null;
    }

    public ChangeRequestView getChange() {
        return change;
    }

    /** The tranche before the one this delay moves is planned more than a year earlier: the officer is told. */
    public boolean isDelayBeyondAYear() {
        return change != null && schedule.tranches().stream().filter(t -> t.sequence() == change.trancheSequence() - 1)
                .anyMatch(previous -> change.delaysBeyondAYearAfter(previous.plannedDate()));
    }

    public PartnershipFunding getSchedule() {
        return schedule;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public Boolean getApproved() {
        return approved;
    }

    public void setApproved(Boolean approved) {
        this.approved = approved;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }
}
