package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTest {

    @ParameterizedTest(name = "\"{0}\" finds the verification task of PPS Zonnestroom Overijssel: {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL|true",
            "'   '|true",
            "verifiëren|true",
            "VOORTGANGSRAPPORTAGE zonnestroom|true",
            "  tranche   1  |true",
            "verifiëren overijssel tranche|true",
            "indienen|false",
            "zonnestroom twente|false",
            "tranche 2|false"})
    void everyWordTypedIsInOneOfTheTexts(String query, boolean found) {
        assertThat(Search.matches(query, "Voortgangsrapportage verifiëren", null, "PPS Zonnestroom Overijssel – tranche 1"))
                .isEqualTo(found);
    }
}
