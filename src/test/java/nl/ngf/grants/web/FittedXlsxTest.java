package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How wide an exported spreadsheet's columns are: as their longest text, with a little room, within bounds. */
class FittedXlsxTest {

    @Test
    void aColumnIsAsWideAsItsLongestTextWithinBounds() {
        assertThat(FittedXlsx.width(FittedXlsx.length("a".repeat(64)))).as("a SHA-256 hash, whole").isEqualTo(66);
        assertThat(FittedXlsx.width(FittedXlsx.length("#"))).as("a short header still readable").isEqualTo(4);
        assertThat(FittedXlsx.width(FittedXlsx.length("x".repeat(5_000)))).as("long details cut at the edge").isEqualTo(FittedXlsx.WIDEST);
        assertThat(FittedXlsx.width(FittedXlsx.length(null))).as("an empty cell").isEqualTo(4);
    }

    @Test
    void textOfSeveralLinesIsAsWideAsItsLongestLine() {
        assertThat(FittedXlsx.length("Eén regel\nen een veel langere tweede regel\nkort")).isEqualTo(32);
        assertThat(FittedXlsx.length(Instant.parse("2026-12-06T10:00:00Z"))).as("a value as the cell shows it").isEqualTo(20);
    }
}
