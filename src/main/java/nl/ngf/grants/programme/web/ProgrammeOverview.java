package nl.ngf.grants.programme.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.programme.ProgrammeSummary;

/** The programmes the user may see, with status and amounts. */
@Named
@RequestScoped
public class ProgrammeOverview {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    private List<ProgrammeSummary> list;

    @PostConstruct
    void load() {
        list = programmes.programmes(currentUser.actor());
    }

    public List<ProgrammeSummary> getProgrammes() {
        return list;
    }

    public ProgrammeStatus[] getStatuses() {
        return ProgrammeStatus.values();
    }
}
