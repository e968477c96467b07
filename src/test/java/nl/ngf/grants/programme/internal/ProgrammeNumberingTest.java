package nl.ngf.grants.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgrammeNumberingTest {

    @Test
    void eachYearsProgrammesAreNumberedOneAfterTheOther() {
        ProgrammeNumbering numbering = new ProgrammeNumbering(0, 0);

        assertThat(numbering.next(2026)).isEqualTo("NGF-2026-001");
        assertThat(numbering.next(2026)).isEqualTo("NGF-2026-002");
        assertThat(numbering.next(2027)).as("a new year starts again at one").isEqualTo("NGF-2027-001");
        assertThat(numbering.next(2026)).as("a clock behind the counter never reuses a number").isEqualTo("NGF-2027-002");
    }

    @Test
    void aReferenceIsWrittenInWesternDigitsWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            // A server whose operating system speaks Arabic: Java writes numbers in Arabic-Indic digits by default there.
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(new ProgrammeNumbering(2026, 6).next(2026)).isEqualTo("NGF-2026-007");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aDatabaseMigratedFromOlderReferencesCountsOnAfterTheHighestOne() {
        ProgrammeNumbering numbering = new ProgrammeNumbering(2026, 1013);

        assertThat(numbering.next(2026)).isEqualTo("NGF-2026-1014");
    }
}
