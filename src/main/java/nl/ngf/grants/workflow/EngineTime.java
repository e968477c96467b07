package nl.ngf.grants.workflow;

import java.time.Instant;

/**
 * The application's one clock, which is its engine's: every module reads the time from an injected
 * {@link java.time.Clock} that follows the engine, so a due date the engine sets and the "today" a
 * service checks against never disagree. Only the demo's history moves it (and tests): it lets the
 * demo's cases happen over the months before today, time flowing on from each moment it is set to.
 */
public interface EngineTime {

    /** From now on the clock reads {@code moment}, and time flows on from there. */
    void runFrom(Instant moment);

    /** The clock reads the real time again. */
    void backToPresent();
}
