package nl.ngf.grants.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.workflow.EngineTime;

/**
 * The demo's history, day by day. Each case's steps are written together, each on its day before today;
 * {@link #play} runs all of them in the order of their days, with the application's clock set to that
 * day, so that the audit trail, the engine's history and every deadline read as if the cases had been
 * handled over the months before today, one after the other. A day's first step happens at 10:00 Dutch
 * time, the next ones 40 minutes apart.
 */
final class DemoCalendar {

    private static final LocalTime FIRST_STEP = LocalTime.of(10, 0);
    private static final Duration BETWEEN_STEPS = Duration.ofMinutes(40);

    private record Step(int daysAgo, Runnable action) {
    }

    private final LocalDate today;
    private final List<Step> steps = new ArrayList<>();

    DemoCalendar(LocalDate today) {
        this.today = today;
    }

    /** Does {@code step} on the day this many days before today (steps of one day in the order given). */
    void on(int daysAgo, Runnable step) {
        if (daysAgo < 1) {
            throw new IllegalArgumentException("A demo step happens before today, not " + daysAgo + " days ago");
        }
        steps.add(new Step(daysAgo, step));
    }

    LocalDate ago(int days) {
        return today.minusDays(days);
    }

    LocalDate ahead(int days) {
        return today.plusDays(days);
    }

    /** Runs every step in the order of its day, the clock set to that day; afterwards the clock is the real one again. */
    void play(EngineTime time) {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(Step::daysAgo).reversed());
        int day = -1;
        Instant at = null;
        try {
            for (Step step : ordered) {
                if (step.daysAgo() != day) {
                    day = step.daysAgo();
                    at = ago(day).atTime(FIRST_STEP).atZone(Deadlines.ZONE).toInstant();
                } else {
                    at = at.plus(BETWEEN_STEPS);
                }
                time.runFrom(at);
                step.action().run();
            }
        } finally {
            time.backToPresent();
        }
    }
}
