package nl.ngf.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ngf.grants.workflow.EngineTime;
import org.junit.jupiter.api.Test;

/** The demo's history reads in time order, as an auditor reads the trail it leaves: each step on its day, the clock real again after. */
class DemoCalendarTest {

    private final List<String> happened = new ArrayList<>();
    private Instant clock;
    private boolean present = true;

    private final EngineTime time = new EngineTime() {
        @Override
        public void runFrom(Instant moment) {
            clock = moment;
            present = false;
        }

        @Override
        public void backToPresent() {
            present = true;
        }
    };

    private final DemoCalendar calendar = new DemoCalendar(LocalDate.of(2026, 12, 3));

    private Runnable step(String name) {
        return () -> happened.add(name + " " + clock);
    }

    @Test
    void stepsWrittenPerCaseHappenInTheOrderOfTheirDaysWithTheClockOnThatDay() {
        calendar.on(10, step("award A"));
        calendar.on(2, step("report A"));
        calendar.on(30, step("register B"));
        calendar.on(10, step("revise B"));

        calendar.play(time);

        assertThat(happened).containsExactly(
                "register B 2026-11-03T09:00:00Z",
                "award A 2026-11-23T09:00:00Z",
                "revise B 2026-11-23T09:40:00Z",
                "report A 2026-12-01T09:00:00Z");
        assertThat(present).as("the clock reads the real time again").isTrue();
    }

    @Test
    void aDutchSummerDayStartsAtTenDutchTime() {
        calendar.on(150, step("register"));

        calendar.play(time);

        assertThat(happened).containsExactly("register 2026-07-06T08:00:00Z");
    }

    @Test
    void aFailingStepStopsTheStoryAndTheClockIsRealAgain() {
        calendar.on(5, () -> {
            throw new IllegalStateException("refused");
        });
        calendar.on(1, step("never"));

        assertThatThrownBy(() -> calendar.play(time)).hasMessage("refused");
        assertThat(happened).isEmpty();
        assertThat(present).isTrue();
    }

    @Test
    void aStepTodayOrLaterIsNotHistory() {
        assertThatThrownBy(() -> calendar.on(0, step("today"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(calendar.ago(7)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(calendar.ahead(28)).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
