package nl.ngf.grants.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import nl.ngf.grants.programme.DeadlineChoice;
import nl.ngf.grants.programme.ExpiredDeadlineDecision;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** The revision deadline passed without a submission: a grant officer extends it or withdraws the award. */
@Named
@ViewScoped
public class DecideOnExpiredDeadline extends TaskForm {

    private DeadlineChoice choice;
    private LocalDate newDeadline;
    private String reason;

    @Override
    protected void prepare(ProgrammeDetails programme) {
        newDeadline = programmes.suggestedDeadline();
    }

    public DeadlineChoice[] getChoices() {
        return DeadlineChoice.values();
    }

    public String submit() {
        try {
            programmes.decideOnExpiredDeadline(currentUser.actor(), getTaskId(), new ExpiredDeadlineDecision(choice, newDeadline, reason));
            return Messages.redirectWithNotice("/programme/detail.xhtml?id=" + getProgramme().summary().id(),
                    choice == DeadlineChoice.EXTEND ? "deadline.done.extended" : "deadline.done.withdrawn");
        } catch (DomainException e) {
            refusedAtSubmit(e);
            return null;
        }
    }

    @Override
    protected String taskKey() {
        return "decideOnExpiredDeadline";
    }

    public DeadlineChoice getChoice() {
        return choice;
    }

    public void setChoice(DeadlineChoice choice) {
        this.choice = choice;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
