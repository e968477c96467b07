package nl.ngf.grants.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aDatabaseMigratedFromOlderReferencesCountsOnAfterTheHighestOne() {
        ProgrammeNumbering numbering = new ProgrammeNumbering(2026, 1013);

        assertThat(numbering.next(2026)).isEqualTo("NGF-2026-1014");
    }
}
