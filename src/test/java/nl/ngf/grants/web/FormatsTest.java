package nl.ngf.grants.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    static final String WITHHELD = "KPI-mijlpaal voor minder dan 80% gehaald: inhouden, verbeterplan nodig";

    @Test
    void whatTheDecisionTableSaidReadsInTheReadersLanguage() {
        assertThat(Formats.ruleText(Language.ENGLISH, "withholdBelowEighty", WITHHELD))
                .isEqualTo("KPI milestone less than 80% attained: withhold, a corrective-action plan is needed");
        assertThat(Formats.ruleText(Language.DUTCH, "withholdBelowEighty", WITHHELD)).isEqualTo(WITHHELD);
    }

    @Test
    void aRuleThatSaidSomethingElseThenShowsAsRecorded() {
        // The table's threshold was changed since this decision: its English text would say 80%, so the record stands.
        String then = "KPI-mijlpaal voor minder dan 75% gehaald: inhouden, verbeterplan nodig";
        assertThat(Formats.ruleText(Language.ENGLISH, "withholdBelowEighty", then)).isEqualTo(then);
        assertThat(Formats.ruleText(Language.ENGLISH, "aRuleAddedLater", "Nieuwe regel")).isEqualTo("Nieuwe regel");
    }

    @Test
    void anOfficersOwnWordsAreNeverTranslated() {
        assertThat(Formats.ruleText(Language.ENGLISH, null, WITHHELD)).isEqualTo(WITHHELD);
        assertThat(Formats.ruleText(Language.ENGLISH, "withholdBelowEighty", null)).isNull();
    }
}
