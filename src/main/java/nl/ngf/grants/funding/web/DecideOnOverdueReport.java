package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.ngf.grants.funding.OverdueDecision;
import nl.ngf.grants.identity.Actor;

/** A grant officer extends an overdue report's deadline or cancels the tranche. */
@Named
@ViewScoped
public class DecideOnOverdueReport extends OverdueDecisionForm {

    @Override
    protected String taskKey() {
        return "decideOnOverdueReport";
    }

    @Override
    protected void decide(Actor officer, String taskId, OverdueDecision decision) {
        funding.decideOnOverdueReport(officer, taskId, decision);
    }
}
