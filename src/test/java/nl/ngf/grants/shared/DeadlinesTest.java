package nl.ngf.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void aDeadlinePeriodOutsideOneDayToAYearStopsTheStartUpNamingTheSetting() {
        assertThatThrownBy(() -> Deadlines.requirePeriod("ngf.award.revision-period-days", 0))
                .hasMessage("ngf.award.revision-period-days is 0, but a deadline lies 1 to 365 days ahead (at most a year)");
        assertThatThrownBy(() -> Deadlines.requirePeriod("ngf.funding.corrective-plan-days", 366))
                .hasMessageStartingWith("ngf.funding.corrective-plan-days is 366,");
        assertThatCode(() -> Deadlines.requirePeriod("ngf.award.revision-period-days", 1)).doesNotThrowAnyException();
        assertThatCode(() -> Deadlines.requirePeriod("ngf.award.revision-period-days", 365)).doesNotThrowAnyException();
        // The longest period allowed gives a deadline the officers' forms accept, in a leap year and out of one.
        for (LocalDate today : new LocalDate[] {LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1)}) {
            assertThat(today.plusDays(365)).as("from " + today).isBeforeOrEqualTo(Deadlines.latest(today));
        }
    }

    @Test
    void aReminderAfterItsDeadlineOrMoreThanAYearBeforeItStopsTheStartUp() {
        assertThatThrownBy(() -> Deadlines.requireReminder("ngf.award.reminder-days-before-deadline", -1))
                .hasMessage("ngf.award.reminder-days-before-deadline is -1, but a reminder goes out 0 to 365 days before its deadline");
        assertThatThrownBy(() -> Deadlines.requireReminder("ngf.funding.plan-reminder-days-before-deadline", 400))
                .hasMessageStartingWith("ngf.funding.plan-reminder-days-before-deadline is 400,");
        assertThatCode(() -> Deadlines.requireReminder("ngf.funding.report-reminder-days-before-deadline", 0)).doesNotThrowAnyException();
    }
}
