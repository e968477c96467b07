package nl.ngf.grants.programme.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a revision deadline (a date) into the model's timers: due at the end of that day, Dutch time;
 * the reminder {@code reminderDays} before, at 09:00, or at once when that moment has already passed.
 */
record RevisionDeadlines(int reminderDays) {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    Date due(LocalDate deadline) {
        return Date.from(deadline.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1));
    }

    Date reminder(LocalDate deadline, Instant now) {
        Instant reminder = deadline.minusDays(reminderDays).atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
        return Date.from(reminder.isBefore(now) ? now : reminder);
    }

    /** The variables a new revision round needs. */
    Map<String, Object> variables(LocalDate deadline, Instant now) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("revisionDeadline", due(deadline));
        variables.put("revisionReminder", reminder(deadline, now));
        return variables;
    }
}
