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

    @Test
    void anAmountInEuroCentsInTheDecisionTableIsShownInEurosBesideIt() {
        assertThat(spaced(Formats.tableCondition(Language.DUTCH, "> 100000000", true))).isEqualTo("> 100000000 (€ 1.000.000,00)");
        assertThat(Formats.tableCondition(Language.ENGLISH, "> 100000000", true)).isEqualTo("> 100000000 (€1,000,000.00)");
        assertThat(spaced(Formats.tableCondition(Language.DUTCH, "[5000000..100000050]", true)))
                .isEqualTo("[5000000..100000050] (€ 50.000,00 – € 1.000.000,50)");
        // Not an amount, or not a number of cents the table could hold: as the table has it.
        assertThat(Formats.tableCondition(Language.DUTCH, "< 80", false)).isEqualTo("< 80");
        assertThat(Formats.tableCondition(Language.DUTCH, "> 1000.5", true)).isEqualTo("> 1000.5");
        assertThat(Formats.tableCondition(Language.DUTCH, "> limitCents", true)).isEqualTo("> limitCents");
        assertThat(Formats.tableCondition(Language.DUTCH, "", true)).isEmpty();
    }

    /** Dutch amounts keep the euro sign and the number together with a non-breaking space. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ');
    }

    @Test
    void aRuleIdBreaksBetweenItsWordsAndReadsWhole() {
        assertThat(new Formats().camelWords("secondApprovalLargeTranche")).containsExactly("second", "Approval", "Large", "Tranche");
        assertThat(String.join("", new Formats().camelWords("withholdBelow80Percent"))).isEqualTo("withholdBelow80Percent");
        assertThat(new Formats().camelWords("release")).containsExactly("release");
        assertThat(new Formats().camelWords(null)).isEmpty();
    }
}
