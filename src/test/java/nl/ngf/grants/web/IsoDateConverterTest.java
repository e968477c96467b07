package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A typed date is the day typed, or refused: never a neighbouring day the user did not type. */
class IsoDateConverterTest {

    @ParameterizedTest
    @CsvSource({
        "2027-01-14, 2027-01-14",
        "2028-02-29, 2028-02-29",
        "' 2027-03-31 ', 2027-03-31",
        "2027-12-31, 2027-12-31",
    })
    void aDayTheCalendarHasIsReadAsTyped(String typed, LocalDate day) {
        assertThat(IsoDateConverter.read(typed)).contains(day);
        assertThat(IsoDateConverter.write(day)).isEqualTo(typed.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-30", "2027-02-29", "2027-04-31", "2027-06-31", "2027-13-01", "2027-00-10",
        "2027-01-00", "31-31-2026", "14-01-2027", "2027-1-14", "morgen", ""})
    void anythingElseIsRefusedRatherThanMovedToTheLastDayOfTheMonth(String typed) {
        assertThat(IsoDateConverter.read(typed)).as(typed).isEmpty();
    }
}
