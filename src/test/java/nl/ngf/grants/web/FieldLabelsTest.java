package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A message about a field names it as the user knows it: Faces puts a field's label before what it could not
 * read ("Planned date, tranche 1, PPS …: 'tomorrow' is not a valid date"), and without one it puts the
 * field's client id there ("allocate:lines:1:tranches:0:plannedDate: …"). A field has its label from the
 * {@code outputLabel} beside it or, in a table where the column head says what it is, from a {@code label}
 * attribute of its own.
 */
class FieldLabelsTest {

    private static final Pattern FIELD = Pattern.compile(
            "<[ph]:(inputText|inputTextarea|inputNumber|password|datePicker|selectOneMenu|selectOneRadio|selectManyCheckbox"
                    + "|selectBooleanCheckbox|selectCheckboxMenu|autoComplete|spinner)\\b[^>]*>");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern OWN_LABEL = Pattern.compile("\\slabel=\"[^\"]+\"");

    @Test
    void everyFieldHasALabelToNameItInAMessage() {
        List<String> fields = FacesPages.tags(FIELD).stream().map(FieldLabelsTest::describe).toList();
        assertThat(fields).as("the fields of the pages").hasSizeGreaterThanOrEqualTo(60);
        assertThat(fields.stream().filter(field -> !field.startsWith("labelled ")))
                .as("fields without a label (an outputLabel for their id, or a label attribute)").isEmpty();
    }

    private static String describe(FacesPages.Tag found) {
        Matcher id = ID.matcher(found.tag());
        String name = id.find() ? id.group(1) : null;
        boolean labelled = OWN_LABEL.matcher(found.tag()).find()
                || name != null && Pattern.compile("<(p:|h:)?(outputLabel|label)\\b[^>]*\\sfor=\"" + Pattern.quote(name) + "\"").matcher(found.pageText()).find();
        return (labelled ? "labelled " : "") + found.page() + ": " + found.tag();
    }
}
