package nl.ngf.grants.workflow.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ngf.grants.shared.Settings;

/** The checks of the engine's settings, made before it starts: one it cannot run on stops the start-up, naming it. */
final class EngineSettings {

    /** Batches the managed executor {@code concurrent/ngfJobs} (server.xml) runs at once: more would only wait in its queue. */
    static final int MOST_JOB_BATCHES = 8;

    private static final Pattern WINDOW = Pattern.compile("\\s*(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})\\s*");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private EngineSettings() {
    }

    /**
     * A job executor without threads would run nothing, no payment, timer or retry, while the health check said it ran;
     * one that waits no time between looks would ask the database for due jobs without pause.
     */
    static void checkJobExecutor(int poolSize, int maxWaitSeconds) {
        Settings.requireBetween("ngf.engine.job-executor.pool-size", poolSize, 1, MOST_JOB_BATCHES);
        Settings.requireBetween("ngf.engine.job-executor.max-wait-seconds", maxWaitSeconds, 1, 60 * 60);
    }

    /**
     * The nightly window of the history cleanup, "HH:mm-HH:mm" (the end may be after midnight), as the engine takes its
     * start and end. The engine itself reads 25:00 as one o'clock, and a value without a dash failed with no name.
     */
    static String[] cleanupWindow(String value) {
        Matcher matcher = WINDOW.matcher(value);
        try {
            if (matcher.matches()) {
                LocalTime start = LocalTime.parse(matcher.group(1), TIME);
                LocalTime end = LocalTime.parse(matcher.group(2), TIME);
                if (!start.equals(end)) {
                    return new String[] {TIME.format(start), TIME.format(end)};
                }
            }
        } catch (DateTimeParseException e) {
            // Told below, as a window that is no window.
        }
        throw new IllegalStateException("ngf.engine.history-cleanup-window is \"" + value
                + "\", but it is a start and a different end, each a time of day as HH:mm, such as 01:00-05:00");
    }
}
