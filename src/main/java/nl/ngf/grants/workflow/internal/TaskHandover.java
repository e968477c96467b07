package nl.ngf.grants.workflow.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.ngf.grants.shared.IdentityChanged;

/**
 * A user switched off, or no longer of a task's role or organisation, does not hold on to the tasks they had
 * taken on: those go back to their colleagues in the administrator's transaction, audited.
 */
@ApplicationScoped
public class TaskHandover {

    @Inject
    DefaultWorkflowService workflow;

    @Transactional(Transactional.TxType.MANDATORY)
    void userChanged(@Observes IdentityChanged change) {
        if ("user".equals(change.objectType()) && "user.updated".equals(change.action())) {
            workflow.handBackWhatIsNoLongerTheirs(change.objectId(), change.actor());
        }
    }
}
