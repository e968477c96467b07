package nl.ngf.grants.funding.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import nl.ngf.grants.workflow.DecisionMade;
import nl.ngf.grants.workflow.ProcessKeys;

/**
 * When the decision table of a tranche's case ({@code decideTrancheRelease}) decides: the tranche keeps the decision
 * and its explanation and moves on, before the case goes the way the decision chose.
 */
@ApplicationScoped
public class TrancheDecided {

    static final String DECIDE = "decideTrancheRelease";

    @Inject
    TrancheOutcomes outcomes;

    void decided(@Observes DecisionMade made) {
        if (ProcessKeys.TRANCHE_RELEASE.equals(made.processKey()) && DECIDE.equals(made.activityId())) {
            outcomes.decided(Long.parseLong(made.businessKey()), made.explanation());
        }
    }
}
