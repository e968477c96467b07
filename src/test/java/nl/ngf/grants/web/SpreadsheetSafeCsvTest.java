package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an auditor's spreadsheet shows of a CSV export: text typed into the application, never a formula it runs. */
class SpreadsheetSafeCsvTest {

    @Test
    void textThatBeginsAsAFormulaIsWrittenAsText() {
        assertThat(SpreadsheetSafeCsv.neutralised("=HYPERLINK(\"https://example.org\",\"Klik\")"))
                .isEqualTo("'=HYPERLINK(\"https://example.org\",\"Klik\")");
        assertThat(SpreadsheetSafeCsv.neutralised("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafeCsv.neutralised("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafeCsv.neutralised("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetSafeCsv.neutralised("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetSafeCsv.neutralised("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void everythingElseIsWrittenAsItIs() {
        assertThat(SpreadsheetSafeCsv.neutralised("PPS Zorg Noord")).isEqualTo("PPS Zorg Noord");
        assertThat(SpreadsheetSafeCsv.neutralised("title=Zorg; amount=1+1")).as("a formula sign further on").isEqualTo("title=Zorg; amount=1+1");
        assertThat(SpreadsheetSafeCsv.neutralised("-12")).isEqualTo("-12");
        assertThat(SpreadsheetSafeCsv.neutralised("-€ 1.500,00")).isEqualTo("-€ 1.500,00");
        assertThat(SpreadsheetSafeCsv.neutralised("-12,5%")).isEqualTo("-12,5%");
        assertThat(SpreadsheetSafeCsv.neutralised("-")).as("a dash for nothing").isEqualTo("-");
        assertThat(SpreadsheetSafeCsv.neutralised("")).isEmpty();
        assertThat(SpreadsheetSafeCsv.neutralised(null)).isNull();
    }
}
