package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HandlingTermsTest {

    @Test
    void aTaskIsDueAtTheEndOfTheDutchDayTheTermLaterSummerAndWinterTimeAlike() {
        assertThat(HandlingTerms.dueIn(14, Instant.parse("2027-03-20T10:00:00Z")).toInstant())
                .as("created in winter time, due in summer time").isEqualTo(Instant.parse("2027-04-03T21:59:59Z"));
        assertThat(HandlingTerms.dueIn(14, Instant.parse("2027-01-10T23:30:00Z")).toInstant())
                .as("half past midnight on 11 January in the Netherlands").isEqualTo(Instant.parse("2027-01-25T22:59:59Z"));
    }

    @Test
    void aTermOutsideOneToThreeHundredSixtyFiveDaysStopsTheStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new HandlingTerms(0, 28).check()).hasMessageContaining("ngf.tasks.officer-handling-days is 0");
        assertThatThrownBy(() -> new HandlingTerms(14, 366).check()).hasMessageContaining("ngf.tasks.committee-handling-days is 366");
        new HandlingTerms(1, 365).check();
    }
}
