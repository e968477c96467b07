package nl.ngf.grants.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.ngf.grants.shared.Money;
import org.junit.jupiter.api.Test;

class ChangeRequestViewTest {

    static final LocalDate PREVIOUS = LocalDate.of(2027, 3, 1);

    private static ChangeRequestView change(ChangeKind kind, LocalDate newDate) {
        return new ChangeRequestView(1, 2, "PPS Zorg", kind, 2, null, newDate, null, null, kind == ChangeKind.BUDGET_SHIFT ? Money.ofEuros(10) : null,
                "Reden", true, "PENDING", "aanvrager", Instant.EPOCH, null, null, null, LocalDate.of(2027, 12, 1), "Mijlpaal", null, null, null, null, null);
    }

    @Test
    void aDelayBeyondAYearAfterThePreviousTrancheIsTheOneAPpsWouldGoWithoutAReportFor() {
        assertThat(change(ChangeKind.DELAY, LocalDate.of(2028, 3, 2)).delaysBeyondAYearAfter(PREVIOUS)).isTrue();
        assertThat(change(ChangeKind.DELAY, LocalDate.of(2028, 3, 1)).delaysBeyondAYearAfter(PREVIOUS)).as("a year to the day").isFalse();
        assertThat(change(ChangeKind.DELAY, LocalDate.of(2028, 3, 2)).delaysBeyondAYearAfter(null)).as("the first tranche").isFalse();
        assertThat(change(ChangeKind.CONTENT, null).delaysBeyondAYearAfter(PREVIOUS)).isFalse();
        assertThat(change(ChangeKind.BUDGET_SHIFT, null).delaysBeyondAYearAfter(PREVIOUS)).isFalse();
    }
}
