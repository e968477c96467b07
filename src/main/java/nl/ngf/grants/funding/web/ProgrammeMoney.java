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

    /**
     * The same URL parameter as the page's own bean reads: that bean reports an id that is not a number;
     * this one then shows nothing, rather than saying so a second time.
     */
    public String getProgrammeId() {
        return programmeId == null ? null : programmeId.toString();
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId != null && programmeId.matches("[0-9]{1,18}") ? Long.valueOf(programmeId) : null;
    }
}
