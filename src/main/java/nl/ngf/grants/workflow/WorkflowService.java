package nl.ngf.grants.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ngf.grants.identity.Actor;

/**
 * The application's single entry to the engine. Every call joins the caller's JTA transaction,
 * so a task completed here and the domain rows written beside it commit or roll back together.
 */
public interface WorkflowService {

    /**
     * Starts the latest version of a model as the user named {@code startedBy} did (the engine keeps who started a
     * case, and a start event's initiator variable holds the name); returns the process instance id. What that user
     * may do is the caller's to check: this records who, it allows nothing.
     */
    String startAs(String startedBy, String processKey, String businessKey, Map<String, Object> variables);

    /**
     * Starts the latest version of a model as a step of the application (no user of its own: within a user's task
     * the engine counts that user as the starter); returns the process instance id.
     */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /**
     * The open tasks of this actor's candidate groups, also those a colleague has taken on
     * ({@link WorkTask#assignee()} says who).
     */
    List<WorkTask> inbox(Actor actor);

    /**
     * The tasks of {@link #inbox} that belong to the cases of this model about these records (their business keys):
     * what the actor can do on one file, oldest deadline first. None when no keys are given.
     */
    List<WorkTask> tasksAbout(Actor actor, String processKey, java.util.Collection<String> businessKeys);

    /** One open task, only if it is of this actor's candidate groups. */
    Optional<WorkTask> task(Actor actor, String taskId);

    /**
     * Why a task is not open to this actor, to refuse with: {@link TaskCompletedException} (by whom and when) when it
     * was offered to them (to one of their candidate groups, or taken on by them) and has been completed since; a plain
     * {@link TaskNotAvailableException}, which tells nothing of the task, otherwise (never theirs, or no such task).
     */
    TaskNotAvailableException notAvailable(Actor actor, String taskId);

    /**
     * Completes a task at most once. Refuses with {@link TaskNotAvailableException} when the task is
     * gone, is not of the expected kind, is not this actor's, or another user completes it first (as
     * {@link #notAvailable} says), and with {@link TaskTakenException} when a colleague has taken it on.
     */
    void complete(Actor actor, String taskId, String expectedTaskKey, Map<String, Object> variables);

    /**
     * The actor takes a task nobody has on: colleagues see who works on it and cannot complete it meanwhile.
     * Refuses with {@link TaskTakenException} when a colleague has it (of two taking it on at the same moment one
     * wins). Audited ({@code task.claimed}) and in the engine's user operation log; taking on one's own task again
     * changes nothing.
     */
    WorkTask claim(Actor actor, String taskId);

    /**
     * The actor takes over a task a colleague has taken on (who is away, say), or takes it on when nobody has it
     * any more. Audited ({@code task.claimed}, saying from whom) and in the engine's user operation log.
     */
    WorkTask takeOver(Actor actor, String taskId);

    /** The actor hands a task they have taken on back to their colleagues. Audited ({@code task.unclaimed}). */
    WorkTask unclaim(Actor actor, String taskId);

    /**
     * Runs the job a case has waiting at this element now: a timer before its due date, or an
     * asynchronous step before the job executor takes it, as an operator can in Camunda's Cockpit. Used
     * by the demo data to show a case whose deadline has passed and cases whose tranches are paid.
     */
    void runJobNow(String processKey, String businessKey, String activityId);

    /** Whether a process instance of this case is still running. */
    boolean isRunning(String processInstanceId);

    /**
     * Moves a waiting case to new dates: the given timers (by element id) and the due date of the given
     * open task, and sets the variables that hold those dates; timers or tasks not waiting are left alone.
     */
    void reschedule(String processInstanceId, String taskKey, Date taskDue, Map<String, Date> timers, Map<String, Object> variables);

    /** Whether the case's timer at this element (a boundary event's, say) still waits: false once it has fired. */
    boolean timerWaits(String processInstanceId, String activityId);

    /**
     * Tells a case a message its model waits for there (a message boundary event's), with these variables set first;
     * false, and nothing changed, when the case does not wait for it (elsewhere, or on a version of its model without it).
     */
    boolean correlate(String processInstanceId, String messageName, Map<String, Object> variables);

    /** Sets variables of a running case (ids and simple values only). */
    void setVariables(String processInstanceId, Map<String, Object> variables);

    /** The cases of a model started for a business key, oldest first, running or ended. */
    List<CaseRecord> cases(String processKey, String businessKey);

    /** What the engine recorded of a case and the path it took; callers check who may read it. */
    CaseTrace trace(CaseRecord record);

    /**
     * A file is closed: the history of its cases (per model, the business keys) is kept until the
     * configured time-to-live after {@code closedAt}, and no longer. Until a file is closed its cases,
     * ended or not, carry no removal time and the history cleanup leaves them alone. The engine applies
     * the date in a batch right after the caller's transaction commits. Returns the date.
     */
    Instant retainHistory(Instant closedAt, Map<String, ? extends java.util.Collection<String>> businessKeysByModel);

    /** The failed asynchronous steps (element id) of a model's cases, still retrying or given up, by case. */
    List<FailedStep> failedSteps(String processKey, String activityId);

    /**
     * One more attempt of a failed step ({@link FailedStep#jobId()}), now: the job executor runs it.
     * Refuses a job that has not failed: returns false and changes nothing.
     */
    boolean retryNow(String jobId);

    /**
     * Every other failed step of the application's cases, still retrying or given up, by case: a
     * timer (a reminder, a deadline) or an asynchronous step whose work the database refused, say, and which
     * would otherwise leave its case waiting unseen; not the payment of a tranche ({@link ProcessKeys#PAYMENT_STEP},
     * shown with the ledger's reasons). Administrators only.
     */
    List<FailedStep> stalledSteps(Actor administrator);

    /**
     * One more attempt of such a step, now, audited on the case's record (the programme, tranche or change
     * request) with the step and its last error. Refuses a step that has not failed (any more) and a payment,
     * which the funding module retries. Administrators only.
     */
    void retryStep(Actor administrator, String jobId);

    /**
     * Per process model of the application, its latest version and every older version that cases still
     * run on, by model and version (administrators only).
     */
    List<ModelVersion> modelVersions(Actor administrator);

    /** Every deployed version of the application's decision tables, oldest first, with their rules (administrators only). */
    List<DecisionTableVersion> decisionTableVersions(Actor administrator);

    /**
     * Moves every running case of an older version of a model to the latest version, each waiting where
     * it waited (elements matched by id), in one transaction, audited. Refuses, moving nothing, a version
     * that is the latest or unknown, and cases that wait at an element the latest version no longer has
     * (the message names the engine's reasons). Administrators only. Returns how many cases moved.
     */
    int migrateToLatest(Actor administrator, String definitionId);
}
