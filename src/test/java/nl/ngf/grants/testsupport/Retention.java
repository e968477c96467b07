package nl.ngf.grants.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** What the engine will keep of a case's history, and until when. */
public final class Retention {

    private Retention() {
    }

    /** The removal time of every case of a model for a business key (null: kept, never cleaned up). */
    public static List<Instant> removalTimes(HistoryService history, String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .list().stream().map(HistoricProcessInstance::getRemovalTime).map(d -> d == null ? null : d.toInstant()).toList();
    }

    /**
     * Waits for the engine's batch (run by the job executor after the closing transaction commits) to set
     * the removal time of every case of a model for a business key, and returns it: the same for all.
     */
    public static Instant awaitRemovalTime(HistoryService history, String processKey, String businessKey) {
        List<Instant> times = Waiting.upTo(Duration.ofSeconds(60), "the removal time of every case " + processKey + " " + businessKey)
                .until(() -> removalTimes(history, processKey, businessKey), t -> !t.isEmpty() && t.stream().allMatch(Objects::nonNull));
        assertThat(times.stream().distinct()).as("removal time of %s %s", processKey, businessKey).hasSize(1);
        return times.get(0);
    }
}
