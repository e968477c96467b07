package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import nl.ngf.grants.shared.Deadlines;
import org.junit.jupiter.api.Test;

/** The values of a case's variables as the auditor's timeline shows them. */
class VariableValuesTest {

    @Test
    void aDeadlineReadsAsTheDutchEndOfItsDayWithItsOffset() {
        assertThat(DefaultWorkflowService.shown(Deadlines.endOf(LocalDate.of(2026, 12, 31)), "date"))
                .as("winter time").isEqualTo("2026-12-31T23:59:59+01:00");
        assertThat(DefaultWorkflowService.shown(Deadlines.endOf(LocalDate.of(2027, 7, 1)), "date"))
                .as("summer time").isEqualTo("2027-07-01T23:59:59+02:00");
        assertThat(DefaultWorkflowService.shown(Date.from(java.time.Instant.parse("2026-12-24T08:00:00Z")), "date"))
                .as("a reminder at nine in the morning, Dutch time").isEqualTo("2026-12-24T09:00+01:00");
    }

    @Test
    void otherValuesAsTheyAreAndNoneAsADashOrItsType() {
        assertThat(DefaultWorkflowService.shown(1060L, "long")).isEqualTo("1060");
        assertThat(DefaultWorkflowService.shown(true, "boolean")).isEqualTo("true");
        assertThat(DefaultWorkflowService.shown(null, "null")).isEqualTo("–");
        assertThat(DefaultWorkflowService.shown(null, "date")).isEqualTo("(date)");
        assertThat(DefaultWorkflowService.shown("x".repeat(300), "string")).hasSize(200).endsWith("…");
    }
}
