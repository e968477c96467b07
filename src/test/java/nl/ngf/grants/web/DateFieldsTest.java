package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every date field works for a keyboard user as the browser test finds on the forms it tabs through: it takes
 * typing, opens its calendar from the button beside it only (PrimeFaces opens it on focus and then tabs into
 * a month of days), and a day chosen there puts the user back in the field. This holds the fields the browser
 * test does not reach (the audit log's period, a deadline shown only after a choice) to the same. And every date,
 * typed or in an address, is read strictly ({@link IsoDateConverter}): 30 February is refused, not made the 28th.
 */
class DateFieldsTest {

    /** Every date field of the pages, each named by its page. */
    private static List<String> dateFields() {
        return FacesPages.tags(Pattern.compile("<p:datePicker\\b[^>]*>")).stream().map(found -> found.page() + ": " + found.tag()).toList();
    }

    @Test
    void everyDateFieldOpensItsCalendarFromItsButtonOnly() {
        List<String> fields = dateFields();
        assertThat(fields).as("the date fields of the pages").hasSizeGreaterThanOrEqualTo(8);
        assertThat(fields).allSatisfy(field -> assertThat(field)
                .contains("showOnFocus=\"false\"").contains("showIcon=\"true\"").contains("focusOnSelect=\"true\""));
    }

    @Test
    void everyDateIsReadAsTypedOrRefused() {
        assertThat(dateFields()).as("the date fields of the pages").hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(field -> assertThat(field).contains("converter=\"" + IsoDateConverter.ID + "\""));
        List<String> dateParameters = FacesPages.tags(Pattern.compile("<f:viewParam\\b[^>]*badDate[^>]*>")).stream()
                .map(found -> found.page() + ": " + found.tag()).toList();
        assertThat(dateParameters).as("the dates in addresses").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(parameter -> assertThat(parameter).contains("converter=\"" + IsoDateConverter.ID + "\""));
        assertThat(FacesPages.tags(Pattern.compile("<f:convertDateTime\\b[^>]*>"))).as("Faces' lenient date converter").isEmpty();
    }
}
