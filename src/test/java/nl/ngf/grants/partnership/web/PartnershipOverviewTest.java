package nl.ngf.grants.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ngf.grants.partnership.PartnershipView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnershipOverviewTest {

    static final PartnershipView TWENTE = new PartnershipView(1, 7, 3, "Katapult", "PPS Netbeheer Twente", "Twente", "Energie",
            "ROC van Twente", null, null);

    @ParameterizedTest(name = "\"{0}\" finds the PPS: {1}")
    @CsvSource(delimiter = '|', value = {
            "twente|true",
            "  NETBEHEER   twente |true",
            "roc energie|true",
            "katapult|true",
            "NGF-2026-008|true",
            "2026-008 netbeheer|true",
            "zorg|false",
            "twente zorg|false",
            "NGF-2026-001|false"})
    void everyWordOfTheSearchIsInOneOfThePpssFacts(String query, boolean found) {
        assertThat(PartnershipOverview.matches(TWENTE, "NGF-2026-008", query)).isEqualTo(found);
    }

    @Test
    void anEmptySearchFindsEveryPps() {
        assertThat(PartnershipOverview.matches(TWENTE, "NGF-2026-008", null)).isTrue();
        assertThat(PartnershipOverview.matches(TWENTE, "NGF-2026-008", "   ")).isTrue();
    }
}
