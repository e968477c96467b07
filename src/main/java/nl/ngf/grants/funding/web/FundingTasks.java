package nl.ngf.grants.funding.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.ngf.grants.funding.ChangeRequestView;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;

/**
 * The user's tasks on a file's money, for the top of its page: each tranche's report, verification, approval, plan or
 * overdue decision, and each change request's decision; with the file's other tasks, oldest deadline first.
 */
@Dependent
class FundingTasks {

    @Inject
    WorkflowService workflow;

    @Inject
    CurrentUser currentUser;

    List<WorkTask> of(List<Long> trancheIds, List<ChangeRequestView> changeRequests, List<WorkTask> others) {
        Actor actor = currentUser.actor();
        List<WorkTask> tasks = new ArrayList<>(others);
        tasks.addAll(workflow.tasksAbout(actor, ProcessKeys.TRANCHE_RELEASE, trancheIds.stream().map(String::valueOf).toList()));
        tasks.addAll(workflow.tasksAbout(actor, ProcessKeys.CHANGE_REQUEST,
                changeRequests.stream().map(change -> String.valueOf(change.id())).toList()));
        tasks.sort(WorkTask.BY_DEADLINE);
        return tasks;
    }
}
