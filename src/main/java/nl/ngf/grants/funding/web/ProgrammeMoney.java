package nl.ngf.grants.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.ProgrammeFunding;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;

/** A programme's awarded, allocated, released and remaining amounts, for its pages. */
@Named
@RequestScoped
public class ProgrammeMoney {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    private Long programmeId;
    private ProgrammeFunding funds;
    private boolean loaded;

    public ProgrammeFunding getFunding() {
        if (!loaded && programmeId != null) {
            loaded = true;
            try {
                funds = funding.programmeFunding(currentUser.actor(), programmeId);
            } catch (DomainException e) {
                funds = null;
            }
        }
        return funds;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }
}
