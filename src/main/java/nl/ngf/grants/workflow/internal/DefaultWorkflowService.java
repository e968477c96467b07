package nl.ngf.grants.workflow.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.workflow.CaseEvent;
import nl.ngf.grants.workflow.CasePath;
import nl.ngf.grants.workflow.CaseRecord;
import nl.ngf.grants.workflow.CaseTrace;
import nl.ngf.grants.workflow.DecisionTableVersion;
import nl.ngf.grants.workflow.FourEyesException;
import nl.ngf.grants.workflow.ModelVersion;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.StepsMissingException;
import nl.ngf.grants.workflow.TaskCompletedException;
import nl.ngf.grants.workflow.TaskNotAvailableException;
import nl.ngf.grants.workflow.TaskTakenException;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

@ApplicationScoped
@Transactional
public class DefaultWorkflowService implements WorkflowService {

    /** Process variable holding a readable title of the case, shown in the inbox. */
    public static final String SUBJECT = "subject";

    /** The record of the audit trail a case of each model is about: its business key is that record's id. */
    private static final Map<String, String> RECORD_TYPES = Map.of(ProcessKeys.GRANT_AWARD, "programme",
            ProcessKeys.TRANCHE_RELEASE, "tranche", ProcessKeys.CHANGE_REQUEST, "changeRequest");

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Inject
    HistoryService historyService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    org.camunda.bpm.engine.IdentityService engineIdentity;

    @Inject
    AuditTrail audit;

    @Inject
    nl.ngf.grants.identity.IdentityService identity;

    @jakarta.ejb.EJB
    ProcessEngineStartup startup;

    @Inject
    jakarta.enterprise.event.Event<JobExecutorWakeUp.JobDue> jobDue;

    private final Map<String, String> models = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Per deployed definition, the user tasks that check an earlier step (four eyes): the task's id and the step's,
     * from the model's {@code fourEyesWith} property. A definition never changes, so it is read once.
     */
    private final Map<String, Map<String, String>> fourEyes = new java.util.concurrent.ConcurrentHashMap<>();

    /** The name of the extension property by which a user task names the step whose performer may not do it. */
    static final String FOUR_EYES_WITH = "fourEyesWith";

    /** The sequence flows of each deployed definition, which never change either. */
    private final Map<String, List<TakenFlows.Flow>> flows = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String startAs(String startedBy, String processKey, String businessKey, Map<String, Object> variables) {
        org.camunda.bpm.engine.impl.identity.Authentication before = engineIdentity.getCurrentAuthentication();
        engineIdentity.setAuthenticatedUserId(startedBy);
        try {
            return start(processKey, businessKey, variables);
        } finally {
            engineIdentity.setAuthentication(before);
        }
    }

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    @Override
    public List<WorkTask> inbox(Actor actor) {
        return toWorkTasks(actor, visibleTo(actor).orderByDueDate().asc().orderByTaskCreateTime().asc().list());
    }

    @Override
    public List<WorkTask> tasksAbout(Actor actor, String processKey, java.util.Collection<String> businessKeys) {
        if (businessKeys == null || businessKeys.isEmpty()) {
            return List.of();
        }
        // The open cases first, by their business keys (the history's index on them: the runtime's query has no list of
        // keys), then their tasks among the user's: the task query narrowed by the business keys itself took PostgreSQL
        // 1.3 s beside 2,000 tasks of the user's groups (InboxBenchmark).
        String[] cases = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).unfinished()
                .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).list().stream()
                .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toArray(String[]::new);
        if (cases.length == 0) {
            return List.of();
        }
        return toWorkTasks(actor, visibleTo(actor).processInstanceIdIn(cases)
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list());
    }

    @Override
    public Optional<WorkTask> task(Actor actor, String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        return toWorkTasks(actor, visibleTo(actor).taskId(taskId).list()).stream().findFirst();
    }

    @Override
    public void complete(Actor actor, String taskId, String expectedTaskKey, Map<String, Object> variables) {
        Task task = visibleTask(actor, taskId);
        if (!task.getTaskDefinitionKey().equals(expectedTaskKey)) {
            throw new TaskNotAvailableException();
        }
        notTakenByAColleague(actor, task);
        notTheirOwnCheck(actor, task);
        // The engine writes its user operation log (claim, complete) only for an authenticated user.
        engineIdentity.setAuthenticatedUserId(actor.username());
        try {
            // Claiming first records who completed the task in the history, and makes a second
            // user's simultaneous attempt fail on the task's revision instead of completing twice.
            if (task.getAssignee() == null) {
                taskService.claim(taskId, actor.username());
            }
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException | NullValueException e) {
            throw new TaskNotAvailableException();
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new TaskNotAvailableException();
        } finally {
            engineIdentity.clearAuthentication();
        }
    }

    @Override
    public WorkTask claim(Actor actor, String taskId) {
        Task task = visibleTask(actor, taskId);
        notTakenByAColleague(actor, task);
        return takeOver(actor, task);
    }

    @Override
    public WorkTask takeOver(Actor actor, String taskId) {
        return takeOver(actor, visibleTask(actor, taskId));
    }

    private WorkTask takeOver(Actor actor, Task task) {
        notTheirOwnCheck(actor, task);
        String from = task.getAssignee();
        if (!actor.username().equals(from)) {
            assign(actor.username(), task, actor.username());
            audit.record(actor.username(), "task.claimed", "task", task.getId(), describe(task) + (from == null ? "" : " from=" + from));
        }
        return task(actor, task.getId()).orElseThrow(TaskNotAvailableException::new);
    }

    @Override
    public WorkTask unclaim(Actor actor, String taskId) {
        Task task = visibleTask(actor, taskId);
        notTakenByAColleague(actor, task);
        if (task.getAssignee() != null) {
            assign(actor.username(), task, null);
            audit.record(actor.username(), "task.unclaimed", "task", taskId, describe(task));
        }
        return task(actor, taskId).orElseThrow(TaskNotAvailableException::new);
    }

    /** The open task, if it is of the actor's candidate groups (or theirs); refused as not available otherwise. */
    private Task visibleTask(Actor actor, String taskId) {
        Task task = taskId == null || taskId.isBlank() ? null : visibleTo(actor).taskId(taskId).singleResult();
        if (task == null) {
            throw notAvailable(actor, taskId);
        }
        return task;
    }

    @Override
    public TaskNotAvailableException notAvailable(Actor actor, String taskId) {
        HistoricTaskInstance done = taskId == null || taskId.isBlank() ? null
                : historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        // A task is completed by its assignee: completing claims it first.
        if (done == null || !TaskEntity.DELETE_REASON_COMPLETED.equals(done.getDeleteReason()) || done.getAssignee() == null
                || !offeredTo(actor, done)) {
            return new TaskNotAvailableException();
        }
        return new TaskCompletedException(identity.displayName(done.getAssignee()).orElse(done.getAssignee()), done.getEndTime().toInstant());
    }

    /** Whether the task was the actor's to see: offered to one of their candidate groups, or taken on by them. */
    private boolean offeredTo(Actor actor, HistoricTaskInstance task) {
        if (actor.username().equals(task.getAssignee())) {
            return true;
        }
        List<String> groups = actor.candidateGroups();
        return !groups.isEmpty() && historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .type(IdentityLinkType.CANDIDATE).list().stream()
                .anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
    }

    /** Refuses, naming them by the name they go by, when a colleague has taken the task on. */
    private void notTakenByAColleague(Actor actor, Task task) {
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new TaskTakenException(identity.displayName(task.getAssignee()).orElse(task.getAssignee()));
        }
    }

    /** Refuses a task that checks a step the actor did (four eyes): it is for a colleague. */
    private void notTheirOwnCheck(Actor actor, Task task) {
        if (!checkedStepDoneBy(actor, List.of(task)).isEmpty()) {
            throw new FourEyesException();
        }
    }

    /**
     * Of these tasks, the ids of those that check a step (the model's {@code fourEyesWith}) whose latest completion in
     * the task's case was by the actor. Most tasks check nothing and cost nothing; for those that do, one query per
     * {@value #CASES_PER_QUERY} cases reads every completion of the checked step in them from the engine's history.
     */
    private Set<String> checkedStepDoneBy(Actor actor, List<Task> tasks) {
        Map<String, List<Task>> byCheckedStep = new HashMap<>();
        for (Task task : tasks) {
            String checkedStep = fourEyesOf(task.getProcessDefinitionId()).get(task.getTaskDefinitionKey());
            if (checkedStep != null) {
                byCheckedStep.computeIfAbsent(checkedStep, step -> new ArrayList<>()).add(task);
            }
        }
        Set<String> theirs = new java.util.HashSet<>();
        byCheckedStep.forEach((checkedStep, checks) -> {
            Map<String, String> latestBy = latestCompletions(checkedStep,
                    checks.stream().map(Task::getProcessInstanceId).distinct().toList());
            checks.stream().filter(task -> actor.username().equals(latestBy.get(task.getProcessInstanceId())))
                    .forEach(task -> theirs.add(task.getId()));
        });
        return theirs;
    }

    static final int CASES_PER_QUERY = 500;

    /** Per case, who completed this step last (a case in which nobody did is left out). */
    private Map<String, String> latestCompletions(String taskKey, List<String> processInstanceIds) {
        String table = managementService.getTableName(org.camunda.bpm.engine.history.HistoricTaskInstance.class);
        Map<String, org.camunda.bpm.engine.history.HistoricTaskInstance> latest = new HashMap<>();
        for (int from = 0; from < processInstanceIds.size(); from += CASES_PER_QUERY) {
            List<String> cases = processInstanceIds.subList(from, Math.min(processInstanceIds.size(), from + CASES_PER_QUERY));
            var query = historyService.createNativeHistoricTaskInstanceQuery().sql("select * from " + table
                    + " where TASK_DEF_KEY_ = #{taskKey} and DELETE_REASON_ = 'completed' and PROC_INST_ID_ in ("
                    + java.util.stream.IntStream.range(0, cases.size()).mapToObj(i -> "#{case" + i + "}").collect(Collectors.joining(", "))
                    + ")").parameter("taskKey", taskKey);
            for (int i = 0; i < cases.size(); i++) {
                query.parameter("case" + i, cases.get(i));
            }
            query.list().forEach(done -> latest.merge(done.getProcessInstanceId(), done, (a, b) -> b.getEndTime().after(a.getEndTime()) ? b : a));
        }
        Map<String, String> by = new HashMap<>();
        latest.forEach((processInstanceId, done) -> {
            if (done.getAssignee() != null) {
                by.put(processInstanceId, done.getAssignee());
            }
        });
        return by;
    }

    private Map<String, String> fourEyesOf(String processDefinitionId) {
        return fourEyes.computeIfAbsent(processDefinitionId, id -> {
            Map<String, String> checks = new HashMap<>();
            for (org.camunda.bpm.model.bpmn.instance.UserTask userTask : repositoryService.getBpmnModelInstance(id)
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)) {
                if (userTask.getExtensionElements() != null) {
                    userTask.getExtensionElements().getElementsQuery()
                            .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                            .flatMap(properties -> properties.getCamundaProperties().stream())
                            .filter(property -> FOUR_EYES_WITH.equals(property.getCamundaName()))
                            .forEach(property -> checks.put(userTask.getId(), property.getCamundaValue()));
                }
            }
            return Map.copyOf(checks);
        });
    }

    /**
     * Hands back every task this user has taken on but may no longer do: the account is switched off, or is no
     * longer of any group the task is offered to (another role or organisation). Audited as {@code task.unclaimed}
     * by whoever changed the account, naming the user it was taken from.
     */
    public void handBackWhatIsNoLongerTheirs(String username, String changedBy) {
        java.util.Set<String> groups = identity.actor(username).map(a -> java.util.Set.copyOf(a.candidateGroups()))
                .orElse(java.util.Set.of());
        for (Task task : taskService.createTaskQuery().taskAssignee(username).list()) {
            boolean stillTheirs = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> "candidate".equals(link.getType()) && groups.contains(link.getGroupId()));
            if (!stillTheirs) {
                assign(changedBy, task, null);
                audit.record(changedBy, "task.unclaimed", "task", task.getId(), describe(task) + " from=" + username + " reason=user.updated");
            }
        }
    }

    /**
     * Gives the task to this user, or to nobody, as {@code by} (in the engine's user operation log); a colleague's
     * simultaneous change fails on the task's revision.
     */
    private void assign(String by, Task task, String assignee) {
        // The engine writes its user operation log (claim, assign) only for an authenticated user.
        engineIdentity.setAuthenticatedUserId(by);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), assignee);
            } else {
                taskService.setAssignee(task.getId(), assignee);
            }
        } catch (OptimisticLockingException | NullValueException | org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new TaskNotAvailableException();
        } finally {
            engineIdentity.clearAuthentication();
        }
    }

    /** The task and its case, as an audit entry names them. */
    private String describe(Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return "task=" + task.getTaskDefinitionKey() + " case=" + task.getProcessDefinitionId().split(":")[0] + ":"
                + (instance == null ? "" : instance.getBusinessKey());
    }

    @Override
    public void runJobNow(String processKey, String businessKey, String activityId) {
        String processInstanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
        if (job == null) {
            throw new IllegalStateException("No job at " + activityId + " waiting in " + processKey + " " + businessKey);
        }
        managementService.executeJob(job.getId());
    }

    @Override
    public boolean isRunning(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    @Override
    public void reschedule(String processInstanceId, String taskKey, Date taskDue, Map<String, Date> timers,
                           Map<String, Object> variables) {
        runtimeService.setVariables(processInstanceId, variables);
        timers.forEach((timerId, due) -> managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(timerId).timers().list().forEach(job -> managementService.setJobDuedate(job.getId(), due)));
        taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list()
                .forEach(task -> {
                    task.setDueDate(taskDue);
                    taskService.saveTask(task);
                });
    }

    @Override
    public boolean timerWaits(String processInstanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().count() > 0;
    }

    @Override
    public boolean correlate(String processInstanceId, String messageName, Map<String, Object> variables) {
        if (runtimeService.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventType("message")
                .eventName(messageName).count() == 0) {
            return false;
        }
        runtimeService.createMessageCorrelation(messageName).processInstanceId(processInstanceId).setVariables(variables).correlate();
        return true;
    }

    @Override
    public void setVariables(String processInstanceId, Map<String, Object> variables) {
        runtimeService.setVariables(processInstanceId, variables);
    }

    @Override
    public List<CaseRecord> cases(String processKey, String businessKey) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list().stream()
                .map(p -> new CaseRecord(p.getId(), p.getProcessDefinitionId(), p.getProcessDefinitionKey(), p.getBusinessKey(), toInstant(p.getStartTime()),
                        p.getStartUserId(), toInstant(p.getEndTime()), p.getState(), toInstant(p.getRemovalTime())))
                .toList();
    }

    @Override
    public Instant retainHistory(Instant closedAt, Map<String, ? extends java.util.Collection<String>> businessKeysByModel) {
        Instant until = closedAt.plus(java.time.Duration.ofDays(startup.historyTimeToLiveDays()));
        List<String> ids = new ArrayList<>();
        businessKeysByModel.forEach((processKey, businessKeys) -> {
            if (!businessKeys.isEmpty()) {
                historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                        .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).list()
                        .forEach(p -> ids.add(p.getId()));
            }
        });
        if (!ids.isEmpty()) {
            historyService.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(Date.from(until))
                    .byIds(ids.toArray(String[]::new)).hierarchical().executeAsync();
        }
        return until;
    }

    @Override
    public List<nl.ngf.grants.workflow.FailedStep> failedSteps(String processKey, String activityId) {
        return failed(managementService.createJobQuery().processDefinitionKey(processKey).activityId(activityId));
    }

    @Override
    public List<nl.ngf.grants.workflow.FailedStep> stalledSteps(Actor administrator) {
        administrator.require(Role.ADMINISTRATOR);
        return failed(managementService.createJobQuery()).stream()
                .filter(step -> WorkflowModels.PROCESS_KEYS.contains(step.processKey()) && !isPayment(step)).toList();
    }

    @Override
    public void retryStep(Actor administrator, String jobId) {
        administrator.require(Role.ADMINISTRATOR);
        nl.ngf.grants.workflow.FailedStep step = (jobId == null ? List.<nl.ngf.grants.workflow.FailedStep>of()
                : failed(managementService.createJobQuery().jobId(jobId))).stream()
                .filter(s -> WorkflowModels.PROCESS_KEYS.contains(s.processKey()) && !isPayment(s)).findFirst()
                .orElseThrow(() -> new DomainException("step.notStalled"));
        audit.record(administrator.username(), "workflow.stepRetried", RECORD_TYPES.getOrDefault(step.processKey(), "process"),
                step.businessKey() == null ? step.processInstanceId() : step.businessKey(), "model=" + step.processKey() + "; step="
                        + step.activityId() + "; attemptsLeft=" + step.attemptsLeft() + "; lastError=" + step.error());
        retryNow(step.jobId());
    }

    private static boolean isPayment(nl.ngf.grants.workflow.FailedStep step) {
        return ProcessKeys.TRANCHE_RELEASE.equals(step.processKey()) && ProcessKeys.PAYMENT_STEP.equals(step.activityId());
    }

    /** The failed jobs the query finds, by case, with each one's element, its case's business key and subject (four queries). */
    private List<nl.ngf.grants.workflow.FailedStep> failed(org.camunda.bpm.engine.runtime.JobQuery query) {
        List<Job> jobs = query.withException().orderByProcessInstanceId().asc().list();
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, Object> subjects = new HashMap<>();
        Map<String, String> elements = new HashMap<>();
        if (!jobs.isEmpty()) {
            managementService.createJobDefinitionQuery().list().forEach(d -> elements.put(d.getId(), d.getActivityId()));
            String[] processInstanceIds = jobs.stream().map(Job::getProcessInstanceId).filter(java.util.Objects::nonNull).distinct()
                    .toArray(String[]::new);
            if (processInstanceIds.length > 0) {
                runtimeService.createProcessInstanceQuery().processInstanceIds(Set.of(processInstanceIds)).list()
                        .forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
                runtimeService.createVariableInstanceQuery().variableName(SUBJECT).processInstanceIdIn(processInstanceIds).list()
                        .forEach(v -> subjects.put(v.getProcessInstanceId(), v.getValue()));
            }
        }
        return jobs.stream().map(job -> {
            Object subject = subjects.get(job.getProcessInstanceId());
            return new nl.ngf.grants.workflow.FailedStep(job.getId(), job.getProcessDefinitionKey(), elements.get(job.getJobDefinitionId()),
                    job.getProcessInstanceId(), businessKeys.get(job.getProcessInstanceId()), subject == null ? null : subject.toString(),
                    job.getRetries(), job.getExceptionMessage(), job.getRetries() > 0 ? toInstant(job.getDuedate()) : null);
        }).toList();
    }

    @Override
    public List<ModelVersion> modelVersions(Actor administrator) {
        administrator.require(Role.ADMINISTRATOR);
        List<ModelVersion> versions = new ArrayList<>();
        Function<String, Instant> deployedAt = deploymentTimes();
        for (String key : WorkflowModels.PROCESS_KEYS) {
            List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                    .orderByProcessDefinitionVersion().asc().list();
            for (ProcessDefinition d : definitions) {
                boolean latest = d == definitions.get(definitions.size() - 1);
                long running = runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).count();
                if (latest || running > 0) {
                    versions.add(new ModelVersion(key, d.getName(), d.getId(), d.getVersion(), deployedAt.apply(d.getDeploymentId()), latest, running));
                }
            }
        }
        return versions;
    }

    @Override
    public List<DecisionTableVersion> decisionTableVersions(Actor administrator) {
        administrator.require(Role.ADMINISTRATOR);
        List<DecisionTableVersion> versions = new ArrayList<>();
        Function<String, Instant> deployedAt = deploymentTimes();
        for (String key : WorkflowModels.DECISION_KEYS) {
            List<DecisionDefinition> definitions = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .orderByDecisionDefinitionVersion().asc().list();
            for (DecisionDefinition d : definitions) {
                org.camunda.bpm.model.dmn.instance.Decision decision =
                        repositoryService.getDmnModelInstance(d.getId()).getModelElementById(d.getKey());
                DecisionTable table = (DecisionTable) decision.getExpression();
                versions.add(new DecisionTableVersion(key, d.getVersion(), deployedAt.apply(d.getDeploymentId()),
                        d == definitions.get(definitions.size() - 1),
                        table.getInputs().stream().map(i -> new DecisionTableVersion.Input(i.getId(), i.getLabel(), inEuroCents(i))).toList(),
                        table.getRules().stream().map(r -> new DecisionTableVersion.Rule(r.getId(),
                                r.getInputEntries().stream().map(e -> e.getTextContent().strip()).toList(),
                                r.getOutputEntries().stream().map(o -> o.getTextContent().strip().replace("\"", ""))
                                        .collect(java.util.stream.Collectors.joining(", ")),
                                r.getDescription() == null ? null : r.getDescription().getTextContent().strip())).toList()));
            }
        }
        return versions;
    }

    /** Whether a decision table's input is an amount in euro cents: a whole number whose variable's name says so. */
    private static boolean inEuroCents(org.camunda.bpm.model.dmn.instance.Input input) {
        String type = input.getInputExpression() == null ? null : input.getInputExpression().getTypeRef();
        String variable = input.getCamundaInputVariable();
        return ("long".equals(type) || "integer".equals(type)) && variable != null && variable.endsWith("Cents");
    }

    /** When each deployment was made, asked of the engine once per deployment however many versions it holds. */
    private Function<String, Instant> deploymentTimes() {
        Map<String, Optional<Instant>> times = new HashMap<>();
        return id -> times.computeIfAbsent(id, i -> Optional.ofNullable(
                repositoryService.createDeploymentQuery().deploymentId(i).singleResult()).map(dep -> toInstant(dep.getDeploymentTime()))).orElse(null);
    }

    @Override
    public int migrateToLatest(Actor administrator, String definitionId) {
        administrator.require(Role.ADMINISTRATOR);
        ProcessDefinition source = definitionId == null ? null
                : repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        if (source == null || !WorkflowModels.PROCESS_KEYS.contains(source.getKey())) {
            throw new DomainException("migration.unknown");
        }
        ProcessDefinition target = repositoryService.createProcessDefinitionQuery().processDefinitionKey(source.getKey())
                .latestVersion().singleResult();
        if (target.getId().equals(source.getId())) {
            throw new DomainException("migration.alreadyLatest", source.getVersion());
        }
        List<String> cases = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
                .map(ProcessInstance::getId).toList();
        if (cases.isEmpty()) {
            throw new DomainException("migration.nothingRunning", source.getVersion());
        }
        // The engine's user operation log names who moved the cases, as it does for a completed task.
        engineIdentity.setAuthenticatedUserId(administrator.username());
        try {
            MigrationPlan plan = runtimeService.createMigrationPlan(source.getId(), target.getId())
                    .mapEqualActivities().updateEventTriggers().build();
            refuseWhereStepsAreMissing(source, target, plan, cases);
            runtimeService.newMigration(plan).processInstanceIds(cases).execute();
        } catch (MigrationPlanValidationException | MigratingProcessInstanceValidationException e) {
            throw new DomainException("migration.refused", source.getVersion(), target.getVersion(), e.getMessage());
        } catch (org.camunda.bpm.engine.BadUserRequestException e) {
            // For instance a plan with nothing in common: the engine refuses it before looking at the cases.
            throw new DomainException("migration.refused", source.getVersion(), target.getVersion(), e.getMessage());
        } finally {
            engineIdentity.clearAuthentication();
        }
        audit.record(administrator.username(), "process.migrated", "processDefinition", source.getId(), "model=" + source.getKey()
                + "; version " + source.getVersion() + " -> " + target.getVersion() + " (" + target.getId() + "); cases=" + cases.size()
                + "; processInstances=" + cases);
        return cases.size();
    }

    /**
     * Refuses the migration, before the engine tries it, where cases wait at steps the plan does not map onto the
     * target (steps the target lacks): the engine's own refusal of that says less and is logged as its error.
     */
    private void refuseWhereStepsAreMissing(ProcessDefinition source, ProcessDefinition target, MigrationPlan plan, List<String> cases) {
        Set<String> mapped = new HashSet<>();
        plan.getInstructions().forEach(instruction -> mapped.add(instruction.getSourceActivityId()));
        Set<String> missing = new LinkedHashSet<>();
        int waiting = 0;
        for (String caseId : cases) {
            Set<String> at = new LinkedHashSet<>();
            waitingAt(runtimeService.getActivityInstance(caseId), at);
            at.removeAll(mapped);
            if (!at.isEmpty()) {
                missing.addAll(at);
                waiting++;
            }
        }
        if (!missing.isEmpty()) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(source.getId());
            List<String> ids = List.copyOf(missing);
            List<String> names = ids.stream().map(id -> {
                ModelElementInstance element = model.getModelElementById(id);
                return element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : id;
            }).toList();
            throw new StepsMissingException(source.getVersion(), target.getVersion(), ids, names, waiting);
        }
    }

    /** The steps a case waits at: every activity below the case itself, and every transition into or out of one. */
    private static void waitingAt(ActivityInstance instance, Set<String> at) {
        if (instance == null) {
            return;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            at.add(child.getActivityId());
            waitingAt(child, at);
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            at.add(transition.getActivityId());
        }
    }

    @Override
    public boolean retryNow(String jobId) {
        Job job = jobId == null ? null : managementService.createJobQuery().jobId(jobId).withException().singleResult();
        if (job == null) {
            return false;
        }
        managementService.setJobRetries(Math.max(job.getRetries(), 1)).jobId(jobId).dueDate(ClockUtil.getCurrentTime()).execute();
        jobDue.fire(new JobExecutorWakeUp.JobDue(jobId));
        return true;
    }

    @Override
    public CaseTrace trace(CaseRecord record) {
        String processInstanceId = record.processInstanceId();
        List<CaseEvent> events = new ArrayList<>();
        Set<String> passed = new LinkedHashSet<>();
        Set<String> active = new LinkedHashSet<>();
        Map<String, Integer> entered = new HashMap<>();
        List<TakenFlows.Step> steps = new ArrayList<>();
        historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().forEach(a -> {
                    steps.add(new TakenFlows.Step(a.getActivityId(), toInstant(a.getStartTime()), toInstant(a.getEndTime())));
                    if (!a.getActivityType().endsWith("Gateway")) {
                        entered.merge(a.getActivityId(), 1, Integer::sum);
                    }
                    String element = a.getActivityName() == null ? a.getActivityId() : a.getActivityName();
                    // A case's start is the doing of whoever started it (null: the application, of itself). Any other
                    // step is entered by the engine, on what came before it: a task's step names nobody when it begins
                    // (who takes it on and who completes it are moments of their own), and who completed it when it ends;
                    // a step cancelled (by a timer, say) is nobody's doing.
                    boolean caseStart = "startEvent".equals(a.getActivityType()) && processInstanceId.equals(a.getParentActivityInstanceId());
                    events.add(new CaseEvent(toInstant(a.getStartTime()), CaseEvent.Kind.ACTIVITY_STARTED, caseStart ? record.startedBy() : null,
                            element, a.getActivityId(), a.getActivityType()));
                    if (a.getEndTime() != null) {
                        String endedBy = caseStart ? record.startedBy() : a.isCanceled() ? null : a.getAssignee();
                        events.add(new CaseEvent(toInstant(a.getEndTime()), CaseEvent.Kind.ACTIVITY_ENDED, endedBy, element,
                                a.getActivityId(), a.isCanceled() ? "canceled" : a.getActivityType()));
                    }
                    if (a.getEndTime() == null && record.ended() == null) {
                        active.add(a.getActivityId());
                    } else {
                        passed.add(a.getActivityId());
                    }
                });
        historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).finished().list().stream()
                .filter(t -> "completed".equals(t.getDeleteReason()))
                .forEach(t -> events.add(new CaseEvent(toInstant(t.getEndTime()), CaseEvent.Kind.TASK_COMPLETED, t.getAssignee(),
                        t.getName(), t.getTaskDefinitionKey(), t.getTaskDefinitionKey())));
        historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
                .disableBinaryFetching().disableCustomObjectDeserialization().list().forEach(d -> {
                    HistoricVariableUpdate update = (HistoricVariableUpdate) d;
                    events.add(new CaseEvent(toInstant(update.getTime()), CaseEvent.Kind.VARIABLE_SET, null, update.getVariableName(), null,
                            shown(update.getValue(), update.getTypeName())));
                });
        historyService.createUserOperationLogQuery().processInstanceId(processInstanceId).list()
                .forEach(o -> events.add(new CaseEvent(toInstant(o.getTimestamp()), CaseEvent.Kind.OPERATION, o.getUserId(),
                        o.getOperationType(), null, o.getProperty() == null ? null
                                : o.getProperty() + ": " + orNone(o.getOrgValue()) + " → " + orNone(o.getNewValue()))));
        events.sort(Comparator.comparing(CaseEvent::at).thenComparing(DefaultWorkflowService::orderWithinAMoment));
        return new CaseTrace(events, new CasePath(model(record.processDefinitionId()), List.copyOf(passed), List.copyOf(active),
                List.copyOf(TakenFlows.of(steps, flowsOf(record.processDefinitionId()))), entered));
    }

    private List<TakenFlows.Flow> flowsOf(String processDefinitionId) {
        return flows.computeIfAbsent(processDefinitionId, id -> repositoryService.getBpmnModelInstance(id)
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class).stream()
                .map(flow -> new TakenFlows.Flow(flow.getId(), flow.getSource().getId(), flow.getTarget().getId())).toList());
    }

    /**
     * What the engine recorded in one moment (a millisecond), in the order it happened: a task taken on and
     * completed, the variables that completion set, the task completed; then its step left and the steps entered
     * after it, as they occurred (the sort is stable, and the activities are listed in occurrence, each one's
     * start just before its end).
     */
    private static int orderWithinAMoment(CaseEvent event) {
        return switch (event.kind()) {
            case OPERATION -> 0;
            case VARIABLE_SET -> 1;
            case TASK_COMPLETED -> 2;
            case ACTIVITY_STARTED, ACTIVITY_ENDED -> 3;
        };
    }

    /** A value the engine did not have (no assignee yet, say) as a dash rather than the word null. */
    private static String orNone(String value) {
        return value == null ? "–" : value;
    }

    /** A deployed definition never changes, so its BPMN XML is read from the database once. */
    private String model(String processDefinitionId) {
        return models.computeIfAbsent(processDefinitionId, id -> {
            try (InputStream model = repositoryService.getProcessModel(id)) {
                return new String(model.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A variable's value as the auditor's timeline shows it: a moment (a deadline, a reminder) in Dutch time with its
     * offset, as every other time on the screens is Dutch (the end of 31 December is 23:59:59+01:00, not 22:59:59Z).
     */
    static String shown(Object value, String typeName) {
        if (value == null) {
            return typeName == null || "null".equals(typeName) ? "–" : "(" + typeName + ")";
        }
        String text = value instanceof Date date ? date.toInstant().atZone(Deadlines.ZONE).toOffsetDateTime().toString() : value.toString();
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private TaskQuery visibleTo(Actor actor) {
        TaskQuery query = taskService.createTaskQuery().active().initializeFormKeys();
        List<String> groups = actor.candidateGroups();
        if (groups.isEmpty()) {
            return query.taskAssignee(actor.username());
        }
        // Every task is offered to groups (the models name no user): a task taken on by the actor or by a
        // colleague stays visible to the group, which sees who has it.
        return query.taskCandidateGroupIn(groups).includeAssignedTasks();
    }

    /**
     * Three queries whatever the number of tasks (the tasks, their cases' business keys, their subjects), and for the
     * tasks that check an earlier step (four eyes) one more per {@value #CASES_PER_QUERY} of their cases.
     */
    private List<WorkTask> toWorkTasks(Actor actor, List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        String[] processInstanceIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, String> businessKeys = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(Set.of(processInstanceIds)).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
        Map<String, Object> subjects = new HashMap<>();
        runtimeService.createVariableInstanceQuery().variableName(SUBJECT).processInstanceIdIn(processInstanceIds).list()
                .forEach(v -> subjects.put(v.getProcessInstanceId(), v.getValue()));
        Set<String> forAColleague = checkedStepDoneBy(actor, tasks);
        return tasks.stream().map(task -> {
            Object subject = subjects.get(task.getProcessInstanceId());
            return new WorkTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    task.getProcessDefinitionId().split(":")[0], businessKeys.get(task.getProcessInstanceId()),
                    subject == null ? null : subject.toString(),
                    toInstant(task.getCreateTime()), toInstant(task.getDueDate()), task.getFormKey(), task.getAssignee(),
                    forAColleague.contains(task.getId()));
        }).toList();
    }

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
