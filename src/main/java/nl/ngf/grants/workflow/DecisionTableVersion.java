package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One deployed version of one of the application's decision tables, as an auditor reads it beside the decisions it
 * took: its version number, when it was deployed, whether it is the latest (the one that decides now), its inputs and
 * its rules in the order the table tries them.
 */
public record DecisionTableVersion(String decisionKey, int version, Instant deployedAt, boolean latest, List<Input> inputs,
                                   List<Rule> rules) implements Serializable {

    /**
     * An input: its id in the table, its label there, and whether it is an amount in euro cents (a whole number whose
     * variable is named so, {@code trancheAmountCents}), so that a reader can be shown the amount a condition names.
     */
    public record Input(String id, String label, boolean euroCents) implements Serializable {
    }

    /**
     * A rule: its id, its condition on each input in the inputs' order (empty where any value matches), its output and
     * its description (the explanation kept with each decision it takes).
     */
    public record Rule(String id, List<String> conditions, String output, String description) implements Serializable {
    }
}
