package nl.ngf.grants.funding.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import nl.ngf.grants.funding.OverdueDecision;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;

/** What the two overdue decisions share: extend the deadline to a new date, or cancel the tranche, with reasoning. */
abstract class OverdueDecisionForm extends TrancheTaskForm {

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    private Boolean extend;
    private LocalDate newDeadline;
    private String reasoning;

    /** A new deadline four weeks from today, unless the officer types another. */
    @PostConstruct
    void proposeDeadline() {
        newDeadline = Deadlines.today(clock.instant()).plusWeeks(4);
    }

    /** Hands the decision to the funding service for this form's task. */
    protected abstract void decide(Actor officer, String taskId, OverdueDecision decision);

    public String submit() {
        try {
            decide(currentUser.actor(), getTaskId(), new OverdueDecision(extend, newDeadline, reasoning));
            return done(Boolean.TRUE.equals(extend) ? "overdue.done.extended" : "overdue.done.cancelled");
        } catch (DomainException e) {
            refusedAtSubmit(e);
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
