package nl.ngf.grants.workflow.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.ngf.grants.workflow.DecisionExplanation;
import nl.ngf.grants.workflow.DecisionMade;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Tells the application, as the engine evaluates a case's decision table, what it decided and why
 * ({@link DecisionMade}): the table's version, the rule that fired with its description, the inputs by the table's
 * input ids and the output. Installed on the engine's DMN engine; every version of a model that evaluates the table
 * is covered, so cases already running need no new model. A table evaluated outside a case is left alone.
 */
public class DecisionExplanations implements DmnDecisionTableEvaluationListener {

    private Consumer<DecisionMade> decisions = made -> { };

    /** Who hears of each decision; the application's engine fires it as a CDI event. */
    public void setDecisions(Consumer<DecisionMade> decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DmnDecisionTableEvaluationEvent event) {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null || !(event.getDecisionTable() instanceof DecisionDefinitionEntity table)) {
            return;
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        event.getInputs().forEach(input -> inputs.put(input.getId(), input.getValue().getValue()));
        List<DmnEvaluatedDecisionRule> rules = event.getMatchingRules();
        DmnEvaluatedDecisionRule rule = rules.isEmpty() ? null : rules.get(0);
        Object output = rule == null || rule.getOutputEntries().isEmpty() ? null
                : rule.getOutputEntries().values().iterator().next().getValue().getValue();
        DecisionExplanation explanation = new DecisionExplanation(table.getVersion(), rule == null ? null : rule.getId(),
                rule == null ? null : description(table, rule.getId()), inputs, output);
        ExecutionEntity execution = context.getExecution();
        decisions.accept(new DecisionMade(execution.getProcessDefinition().getKey(), execution.getProcessBusinessKey(),
                execution.getActivityId(), explanation));
    }

    private static String description(DecisionDefinitionEntity table, String ruleId) {
        DmnModelInstance model = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDmnModelInstanceForDecisionDefinition(table.getId());
        return model.getModelElementById(ruleId) instanceof Rule rule && rule.getDescription() != null
                ? rule.getDescription().getTextContent() : null;
    }
}
