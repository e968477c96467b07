package nl.ngf.grants.workflow.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.ngf.grants.workflow.EngineTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock as a {@link Clock} for the rest of the application to inject, and the one place
 * that moves it. The engine's clock is the real time unless moved.
 */
@ApplicationScoped
public class EngineClock implements EngineTime {

    private static final Clock CLOCK = new Following(ZoneOffset.UTC);

    @Produces
    Clock clock() {
        return CLOCK;
    }

    @Override
    public void runFrom(Instant moment) {
        ClockUtil.offset(moment.toEpochMilli() - System.currentTimeMillis());
    }

    @Override
    public void backToPresent() {
        ClockUtil.reset();
    }

    /**
     * Reads the engine's clock at every call, so it follows the engine wherever that is set. Serializable, for
     * the pages' view-scoped beans that hold it.
     */
    private static final class Following extends Clock implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ZoneId zone;

        Following(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new Following(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }

        @Override
        public long millis() {
            return ClockUtil.getCurrentTime().getTime();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Following following && following.zone.equals(zone);
        }

        @Override
        public int hashCode() {
            return zone.hashCode();
        }
    }
}
