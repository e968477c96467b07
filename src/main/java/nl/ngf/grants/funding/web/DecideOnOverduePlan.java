package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.ngf.grants.funding.OverdueDecision;
import nl.ngf.grants.identity.Actor;

/** A grant officer extends an overdue corrective-action plan's deadline or cancels the withheld tranche. */
@Named
@ViewScoped
public class DecideOnOverduePlan extends OverdueDecisionForm {

    @Override
    protected String taskKey() {
        return "decideOnOverduePlan";
    }

    @Override
    protected void decide(Actor officer, String taskId, OverdueDecision decision) {
        funding.decideOnOverduePlan(officer, taskId, decision);
    }
}
