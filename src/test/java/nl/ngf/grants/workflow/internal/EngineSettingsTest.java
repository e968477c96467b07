package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The engine's settings are checked before it starts: a job executor that could run nothing would never pay a tranche. */
class EngineSettingsTest {

    @Test
    void aJobExecutorWithoutThreadsOrBeyondTheManagedExecutorStopsTheStartUp() {
        // 0 threads: every payment, timer and retry would wait for ever, while the health check said the executor ran.
        assertThatThrownBy(() -> EngineSettings.checkJobExecutor(0, 60)).isInstanceOf(IllegalStateException.class)
                .hasMessage("ngf.engine.job-executor.pool-size is 0, but it lies between 1 and 8");
        assertThatThrownBy(() -> EngineSettings.checkJobExecutor(9, 60))
                .hasMessage("ngf.engine.job-executor.pool-size is 9, but it lies between 1 and 8");
        assertThatThrownBy(() -> EngineSettings.checkJobExecutor(3, 0))
                .hasMessage("ngf.engine.job-executor.max-wait-seconds is 0, but it lies between 1 and 3600");
        assertThatCode(() -> EngineSettings.checkJobExecutor(1, 1)).doesNotThrowAnyException();
        assertThatCode(() -> EngineSettings.checkJobExecutor(8, 3600)).doesNotThrowAnyException();
    }

    @Test
    void theCleanupWindowIsTwoTimesOfDayAndMayCrossMidnight() {
        assertThat(EngineSettings.cleanupWindow("01:00-05:00")).containsExactly("01:00", "05:00");
        assertThat(EngineSettings.cleanupWindow(" 23:30 - 02:15 ")).containsExactly("23:30", "02:15");
    }

    @Test
    void aCleanupWindowThatIsNoWindowStopsTheStartUpNamingTheSetting() {
        // "25:00" the engine read as one o'clock; "01:00" alone failed with an index out of bounds.
        for (String window : new String[] {"01:00", "25:00-05:00", "1-5", "01:00-05:00-06:00", "03:00-03:00", ""}) {
            assertThatThrownBy(() -> EngineSettings.cleanupWindow(window)).as(window).isInstanceOf(IllegalStateException.class)
                    .hasMessage("ngf.engine.history-cleanup-window is \"" + window
                            + "\", but it is a start and a different end, each a time of day as HH:mm, such as 01:00-05:00");
        }
    }
}
