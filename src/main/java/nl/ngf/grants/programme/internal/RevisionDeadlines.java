package nl.ngf.grants.programme.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.ngf.grants.shared.Deadlines;

/**
 * Turns a revision deadline (a date) into the model's timers: due at the end of that day, Dutch time;
 * the reminder {@code reminderDays} before, at 09:00, or at once when that moment has already passed.
 */
record RevisionDeadlines(int reminderDays) {

    static final ZoneId ZONE = Deadlines.ZONE;

    Date due(LocalDate deadline) {
        return Deadlines.endOf(deadline);
    }

    Date reminder(LocalDate deadline, Instant now) {
        return Deadlines.reminder(deadline, reminderDays, now);
    }

    /** The variables a new revision round needs. */
    Map<String, Object> variables(LocalDate deadline, Instant now) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("revisionDeadline", due(deadline));
        variables.put("revisionReminder", reminder(deadline, now));
        return variables;
    }
}
