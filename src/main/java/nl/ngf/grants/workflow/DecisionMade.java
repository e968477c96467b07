package nl.ngf.grants.workflow;

/**
 * A case's business-rule task had its decision table decide: fired as the engine evaluates the table, inside the
 * case's transaction and before the case goes the way the decision chose (its next task, its notices), so that an
 * observer records the decision before what it sets off. The case by its model's key and business key; the task by
 * its element id.
 */
public record DecisionMade(String processKey, String businessKey, String activityId, DecisionExplanation explanation) {
}
