package nl.ngf.grants.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * Deadlines are dates: one ends at 23:59:59 Dutch time that day, and its reminder goes out some days
 * before at 09:00 Dutch time, or at once when that moment has already passed.
 */
public final class Deadlines {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Deadlines() {
    }

    public static Date endOf(LocalDate deadline) {
        return Date.from(deadline.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1));
    }

    public static Date reminder(LocalDate deadline, int daysBefore, Instant now) {
        Instant reminder = deadline.minusDays(daysBefore).atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
        return Date.from(reminder.isBefore(now) ? now : reminder);
    }

    /** The day a deadline ({@link #endOf}) or any other moment falls on, in Dutch time. */
    public static LocalDate dayOf(Date moment) {
        return LocalDate.ofInstant(moment.toInstant(), ZONE);
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }

    /**
     * The latest a deadline set today may lie: a year from today. Further is a typing error (2207 for 2027) rather than a
     * plan: a PPS reports at least once a year, and an applicant revises a plan within months.
     */
    public static LocalDate latest(LocalDate today) {
        return today.plusYears(1);
    }
}
