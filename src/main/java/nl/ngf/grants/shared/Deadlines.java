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

    /**
     * Stops the start-up on a configured number of days from today to a deadline that the deadlines' own rule refuses:
     * none (a deadline lies after today) or more than 365 (see {@link #latest}), naming the setting.
     */
    public static void requirePeriod(String key, int days) {
        if (days < 1 || days > 365) {
            throw new IllegalStateException(key + " is " + days + ", but a deadline lies 1 to 365 days ahead (at most a year)");
        }
    }

    /** Stops the start-up on a reminder configured after its deadline (below 0) or further before it than a year. */
    public static void requireReminder(String key, int daysBefore) {
        if (daysBefore < 0 || daysBefore > 365) {
            throw new IllegalStateException(key + " is " + daysBefore + ", but a reminder goes out 0 to 365 days before its deadline");
        }
    }
}
