package nl.ngf.grants.workflow;

import java.io.Serializable;
import java.util.Map;

/**
 * Why a decision table decided as it did: the version of the table that decided (a table changed in
 * {@code workflows/} is deployed as its next version), the rule that fired (its id and description), the inputs it was
 * given (by the table's input ids, in table order) and its output.
 */
public record DecisionExplanation(int tableVersion, String ruleId, String ruleDescription, Map<String, Object> inputs, Object output)
        implements Serializable {
}
