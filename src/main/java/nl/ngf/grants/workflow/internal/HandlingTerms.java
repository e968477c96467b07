package nl.ngf.grants.workflow.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import nl.ngf.grants.shared.Deadlines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code ${handlingTerms.officer()}} and {@code ${handlingTerms.committee()}}: the due date of a grant
 * officer's or the committee's task, set by the models when the task is created. A task is due at the
 * end of the day (Dutch time) this many days after it was created, by the engine's clock; the inbox marks
 * it when it is due within a week or overdue.
 */
@Named("handlingTerms")
@ApplicationScoped
public class HandlingTerms {

    @Inject
    @ConfigProperty(name = "ngf.tasks.officer-handling-days", defaultValue = "14")
    int officerDays;

    @Inject
    @ConfigProperty(name = "ngf.tasks.committee-handling-days", defaultValue = "28")
    int committeeDays;

    public HandlingTerms() {
    }

    HandlingTerms(int officerDays, int committeeDays) {
        this.officerDays = officerDays;
        this.committeeDays = committeeDays;
    }

    /** Due date of a grant officer's task created now. */
    public Date officer() {
        return dueIn(officerDays, ClockUtil.getCurrentTime().toInstant());
    }

    /** Due date of the committee's assessment created now. */
    public Date committee() {
        return dueIn(committeeDays, ClockUtil.getCurrentTime().toInstant());
    }

    /** Refuses a term that would make every new task overdue at once (or has no meaning). */
    void check() {
        Deadlines.requirePeriod("ngf.tasks.officer-handling-days", officerDays);
        Deadlines.requirePeriod("ngf.tasks.committee-handling-days", committeeDays);
    }

    static Date dueIn(int days, Instant now) {
        return Deadlines.endOf(Deadlines.today(now).plusDays(days));
    }
}
