package nl.ngf.grants.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** workflows/tranche-decision.dmn, rule by rule, on its edges. */
class TrancheDecisionTest {

    static DmnEngine engine;
    static DmnDecision decision;
    static final List<String> matchedRules = new ArrayList<>();
    static final List<String> explanations = new ArrayList<>();
    static org.camunda.bpm.model.dmn.DmnModelInstance model;

    @BeforeAll
    static void parse() throws Exception {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
            matchedRules.clear();
            explanations.clear();
            event.getMatchingRules().forEach(r -> {
                matchedRules.add(r.getId());
                org.camunda.bpm.model.dmn.instance.Rule rule = model.getModelElementById(r.getId());
                explanations.add(rule.getDescription() == null ? "" : rule.getDescription().getTextContent());
            });
        }));
        engine = configuration.buildEngine();
        try (InputStream dmn = TrancheDecisionTest.class.getResourceAsStream("/workflows/tranche-decision.dmn")) {
            model = org.camunda.bpm.model.dmn.Dmn.readModelFromStream(dmn);
        }
        try (InputStream dmn = TrancheDecisionTest.class.getResourceAsStream("/workflows/tranche-decision.dmn")) {
            decision = engine.parseDecision("trancheReleaseDecision", dmn);
        }
    }

    @ParameterizedTest(name = "{0}% of the milestone, {1} cents -> {2} ({3})")
    @CsvSource({
            // attainment, amount in cents, decision, the rule that fires
            "0,       10000000,  WITHHOLD,                      withholdBelowEighty",
            "79.99,   10000000,  WITHHOLD,                      withholdBelowEighty",
            "79.99,   500000000, WITHHOLD,                      withholdBelowEighty",
            "80,      100000001, RELEASE_AFTER_SECOND_APPROVAL, secondApprovalLargeTranche",
            "150,     500000000, RELEASE_AFTER_SECOND_APPROVAL, secondApprovalLargeTranche",
            "80,      100000000, RELEASE_AFTER_SECOND_APPROVAL, secondApprovalPartlyAttained",
            "99.99,   1,         RELEASE_AFTER_SECOND_APPROVAL, secondApprovalPartlyAttained",
            "100,     100000000, RELEASE,                       releaseAttained",
            "140,     1,         RELEASE,                       releaseAttained"
    })
    void decides(double attainment, long amountCents, String expected, String rule) {
        var result = engine.evaluateDecisionTable(decision,
                Variables.createVariables().putValue("kpiAttainment", attainment).putValue("trancheAmountCents", amountCents));

        DmnDecisionRuleResult entries = result.getSingleResult();
        assertThat((String) entries.getEntry("decision")).isEqualTo(expected);
        assertThat(matchedRules).as("the first matching rule, as an auditor reads it").containsExactly(rule);
        assertThat(explanations).singleElement().asString().as("the rule explains itself in Dutch").isNotBlank();
    }
}
