package nl.ngf.grants.workflow.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sequence flows a case took, from what the engine's history keeps. Camunda 7 records the
 * activities a case passed, not the flows between them; each activity came in by the flow from the
 * latest activity before it that had ended by then and that the model connects to it. (Marking every
 * flow between two passed elements would show paths never taken: a second approval refused, say,
 * where the decision table withheld the tranche and the second approval came later.)
 */
final class TakenFlows {

    /** A sequence flow of the model. */
    record Flow(String id, String source, String target) {
    }

    /** An activity the case passed or waits in; {@code ended} null while it waits. */
    record Step(String activityId, Instant started, Instant ended) {
    }

    private TakenFlows() {
    }

    /** The ids of the flows taken, given the case's steps in the order they occurred. */
    static Set<String> of(List<Step> steps, List<Flow> flows) {
        Map<String, List<Flow>> into = flows.stream().collect(Collectors.groupingBy(Flow::target));
        Set<String> taken = new LinkedHashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            List<Flow> incoming = into.getOrDefault(step.activityId(), List.of());
            for (int j = i - 1; j >= 0 && !incoming.isEmpty(); j--) {
                Step before = steps.get(j);
                if (before.ended() == null || before.ended().isAfter(step.started())) {
                    continue;
                }
                List<Flow> between = incoming.stream().filter(flow -> flow.source().equals(before.activityId())).toList();
                if (!between.isEmpty()) {
                    between.forEach(flow -> taken.add(flow.id()));
                    break;
                }
            }
        }
        return taken;
    }
}
