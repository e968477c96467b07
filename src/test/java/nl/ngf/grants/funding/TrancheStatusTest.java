package nl.ngf.grants.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which statuses the screens treat alike: a missed deadline, a settled tranche, a schedule that may still change. */
class TrancheStatusTest {

    @Test
    void aMissedReportOrPlanDeadlineIsOverdueAndNothingElse() {
        assertThat(Arrays.stream(TrancheStatus.values()).filter(TrancheStatus::isOverdue))
                .containsExactly(TrancheStatus.REPORT_OVERDUE, TrancheStatus.PLAN_OVERDUE);
    }

    @Test
    void onlyAPaidOrCancelledTrancheIsSettled() {
        assertThat(Arrays.stream(TrancheStatus.values()).filter(TrancheStatus::isFinal))
                .containsExactly(TrancheStatus.RELEASED, TrancheStatus.CANCELLED);
    }

    @Test
    void aWithheldTrancheWhosePlanIsLateCanNoLongerBeRescheduledByAChangeRequest() {
        assertThat(Arrays.stream(TrancheStatus.values()).filter(TrancheStatus::isChangeable))
                .containsExactly(TrancheStatus.SCHEDULED, TrancheStatus.REPORT_DUE, TrancheStatus.REPORT_OVERDUE);
    }
}
