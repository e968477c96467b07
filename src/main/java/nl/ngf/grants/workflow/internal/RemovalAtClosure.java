package nl.ngf.grants.workflow.internal;

import java.util.Date;
import org.camunda.bpm.engine.impl.history.DefaultHistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A case's history is kept for the time-to-live after its <em>file</em> closes (a programme's final
 * settlement, its rejection or withdrawal), not after the case itself ends: the first tranche's case
 * must outlive the programme's last payment by five years. So a case that ends gets no removal time
 * (the history cleanup never removes it); {@code WorkflowService.retainHistory} sets one for all of a
 * file's cases when the file closes. The engine's own batches keep their default.
 */
class RemovalAtClosure extends DefaultHistoryRemovalTimeProvider {

    @Override
    public Date calculateRemovalTime(HistoricProcessInstanceEventEntity processInstance, ProcessDefinition definition) {
        return null;
    }

    @Override
    public Date calculateRemovalTime(HistoricDecisionInstanceEntity decisionInstance, DecisionDefinition definition) {
        return null;
    }
}
