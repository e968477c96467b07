package nl.ngf.grants.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeOverviewTest {

    static final ProgrammeSummary LLO = new ProgrammeSummary(3, "NGF-2026-002", "De Nationale LLO-katalysator", 7,
            "Stichting De Nationale LLO-katalysator", ProgrammeStatus.AWARDED, Money.ofEuros(30_000_000), Money.ofEuros(25_000_000),
            Money.ofEuros(25_000_000), null, null);

    @ParameterizedTest(name = "\"{0}\" finds the programme: {1}")
    @CsvSource(nullValues = "none", delimiter = '|', value = {
            "none|true",
            "'   '|true",
            "llo|true",
            "  NATIONALE   katalysator |true",
            "2026-002|true",
            "stichting llo|true",
            "zorg|false",
            "llo zorg|false",
            "NGF-2026-001|false"})
    void everyWordIsInTheReferenceTitleOrApplicant(String query, boolean found) {
        assertThat(ProgrammeOverview.matches(LLO, query)).isEqualTo(found);
    }
}
