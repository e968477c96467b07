package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

    @Test
    void aNumberIsShownWithTheDecimalsItWasGiven() {
        assertThat(FittedXlsx.numberFormat(new BigDecimal("1200000.00"))).as("whole euros, with their cents").isEqualTo("#,##0.00");
        assertThat(FittedXlsx.numberFormat(new BigDecimal("1234.50"))).as("not 1.234,5").isEqualTo("#,##0.00");
        assertThat(FittedXlsx.numberFormat(new BigDecimal("4.5"))).isEqualTo("#,##0.0");
        assertThat(FittedXlsx.numberFormat(new BigDecimal("440"))).as("a count, as PrimeFaces shows it").isNull();
        assertThat(FittedXlsx.numberFormat(3L)).as("not a decimal").isNull();
        assertThat(FittedXlsx.numberFormat("1.50")).as("text").isNull();
    }

    @Test
    void aNumberIsAsWideAsItIsShownSoThatItNeverTurnsIntoHashes() {
        assertThat(FittedXlsx.length(new BigDecimal("210000000.00"))).as("210.000.000,00").isEqualTo(14);
        assertThat(FittedXlsx.length(new BigDecimal("-1234.50"))).as("-1.234,50").isEqualTo(9);
        assertThat(FittedXlsx.length(new BigDecimal("1200"))).as("1.200").isEqualTo(5);
    }
}
