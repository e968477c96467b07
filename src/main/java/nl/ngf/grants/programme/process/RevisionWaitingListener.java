package nl.ngf.grants.programme.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.programme.internal.AwardOutcomes;
import nl.ngf.grants.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * {@code ${revisionWaitingListener}}, when the revision task is created (each round: the first, after an incomplete
 * revision, after "revise again", after an extended deadline): the applicants hear a revised plan is asked for, by
 * the task's due date.
 */
@Named("revisionWaitingListener")
@ApplicationScoped
public class RevisionWaitingListener implements TaskListener {

    @Inject
    AwardOutcomes outcomes;

    @Override
    public void notify(DelegateTask task) {
        outcomes.revisionWaiting(((Number) task.getVariable("programmeId")).longValue(), Deadlines.dayOf(task.getDueDate()));
    }
}
