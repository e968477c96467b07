package nl.ngf.grants.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import nl.ngf.grants.programme.CompletenessDecision;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** A grant officer checks the latest revision: complete goes to the committee, incomplete back with remarks. */
@Named
@ViewScoped
public class CheckCompleteness extends TaskForm {

    private Boolean complete;
    private String remarks;
    private LocalDate newDeadline;

    @Override
    protected void prepare(ProgrammeDetails programme) {
        newDeadline = programmes.suggestedDeadline();
    }

    public String submit() {
        try {
            programmes.checkCompleteness(currentUser.actor(), getTaskId(), new CompletenessDecision(complete, remarks, newDeadline));
            return Messages.redirectWithNotice("/workflow/inbox.xhtml",
                    Boolean.TRUE.equals(complete) ? "completeness.done.complete" : "completeness.done.incomplete");
        } catch (DomainException e) {
            refusedAtSubmit(e);
            return null;
        }
    }

    @Override
    protected String taskKey() {
        return "checkCompleteness";
    }

    public Boolean getComplete() {
        return complete;
    }

    public void setComplete(Boolean complete) {
        this.complete = complete;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }
}
