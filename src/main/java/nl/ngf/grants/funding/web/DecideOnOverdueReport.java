package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import nl.ngf.grants.funding.OverdueReportDecision;
import nl.ngf.grants.shared.DomainException;

/** A grant officer extends an overdue report's deadline or cancels the tranche. */
@Named
@ViewScoped
public class DecideOnOverdueReport extends TrancheTaskForm {

    private Boolean extend;
    private LocalDate newDeadline = LocalDate.now().plusWeeks(4);
    private String reasoning;

    @Override
    protected String taskKey() {
        return "decideOnOverdueReport";
    }

    public String submit() {
        try {
            if (extend == null) {
                throw new DomainException("overdue.choice.required");
            }
            funding.decideOnOverdueReport(currentUser.actor(), getTaskId(), new OverdueReportDecision(extend, newDeadline, reasoning));
            return done(extend ? "overdue.done.extended" : "overdue.done.cancelled");
        } catch (DomainException e) {
            messages.refused(e);
            return null;
        }
    }

    public Boolean getExtend() {
        return extend;
    }

    public void setExtend(Boolean extend) {
        this.extend = extend;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }
}
