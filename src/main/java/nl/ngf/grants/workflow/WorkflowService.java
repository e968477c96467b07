package nl.ngf.grants.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ngf.grants.identity.Actor;

/**
 * The application's single entry to the engine. Every call joins the caller's JTA transaction,
 * so a task completed here and the domain rows written beside it commit or roll back together.
 */
public interface WorkflowService {

    /** Starts the latest version of a model; returns the process instance id. */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /** The open tasks this actor may work on: their candidate groups, or assigned to them. */
    List<WorkTask> inbox(Actor actor);

    /** One open task, only if this actor may work on it. */
    Optional<WorkTask> task(Actor actor, String taskId);

    /**
     * Completes a task at most once. Refuses with {@link TaskNotAvailableException} when the task is
     * gone, is not of the expected kind, is not this actor's, or another user completes it first.
     */
    void complete(Actor actor, String taskId, String expectedTaskKey, Map<String, Object> variables);

    /**
     * Runs a waiting timer of a case now instead of at its due date, as an operator can in Camunda's
     * Cockpit. Used by the demo data to show a case whose deadline has passed.
     */
    void runTimerNow(String processKey, String businessKey, String timerId);

    /** Whether a process instance of this case is still running. */
    boolean isRunning(String processInstanceId);
}
