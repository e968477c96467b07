package nl.ngf.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the inbox marks: a task past its deadline, and one due within a week. */
class WorkTaskTest {

    static final Instant DUE = Instant.parse("2027-01-01T22:59:59Z");

    private static WorkTask dueAt(Instant due) {
        return new WorkTask("t1", "submitProgressReport", "Submit", "trancheRelease", "11", "PPS Zorg – tranche 1",
                Instant.parse("2026-12-01T09:00:00Z"), due, "/funding/report.xhtml", null, false);
    }

    @Test
    void aTaskIsOverdueOnceItsDueMomentHasPassed() {
        assertThat(dueAt(DUE).urgency(DUE.plusSeconds(1))).isEqualTo(WorkTask.Urgency.OVERDUE);
        assertThat(dueAt(DUE).urgency(DUE)).as("the last second still counts").isEqualTo(WorkTask.Urgency.SOON);
    }

    @Test
    void aTaskDueWithinAWeekIsSoonAndOneFurtherAwayIsNot() {
        assertThat(dueAt(DUE).urgency(DUE.minus(WorkTask.SOON).plusSeconds(1))).isEqualTo(WorkTask.Urgency.SOON);
        assertThat(dueAt(DUE).urgency(DUE.minus(WorkTask.SOON))).isEqualTo(WorkTask.Urgency.NONE);
    }

    @Test
    void aTaskWithoutADeadlineIsNeverUrgent() {
        assertThat(dueAt(null).urgency(DUE)).isEqualTo(WorkTask.Urgency.NONE);
    }
}
