package nl.ngf.grants.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.ngf.grants.workflow.WorkTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskInboxTest {

    private static WorkTask task(String assignee, boolean forAColleague) {
        return new WorkTask("t1", "approveRelease", "Approve", "trancheRelease", "11", "PPS Zorg – tranche 1",
                Instant.parse("2026-12-01T09:00:00Z"), null, "/funding/approve.xhtml", assignee, forAColleague);
    }

    @ParameterizedTest(name = "taken by {0}, for a colleague {1}: all {2}, mine {3}, free {4}")
    @CsvSource(nullValues = "nobody", value = {
            "nobody,  false, true, false, true",
            "nobody,  true,  true, false, false",
            "sanne,   false, true, true,  false",
            "pieter,  false, true, false, false"})
    void theChoiceShowsWhatTheUserMayTakeOnOrHas(String assignee, boolean forAColleague, boolean all, boolean mine, boolean free) {
        WorkTask task = task(assignee, forAColleague);
        assertThat(TaskInbox.chosen(TaskInbox.ALL, "sanne", task)).isEqualTo(all);
        assertThat(TaskInbox.chosen(TaskInbox.MINE, "sanne", task)).isEqualTo(mine);
        assertThat(TaskInbox.chosen(TaskInbox.FREE, "sanne", task)).as("a colleague's approval (four eyes) is not free for the verifier")
                .isEqualTo(free);
    }
}
