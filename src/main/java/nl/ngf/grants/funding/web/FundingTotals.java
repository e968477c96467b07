package nl.ngf.grants.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.identity.CurrentUser;

/**
 * The money columns of the lists of PPSs and of programmes: allocated and paid (and a PPS's latest report) per PPS
 * or per programme, each read once per request; null for one not yet allocated.
 */
@Named
@RequestScoped
public class FundingTotals {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    private Map<Long, FundingService.PartnershipTotals> partnerships;
    private Map<Long, FundingService.ProgrammeTotals> programmes;

    public FundingService.PartnershipTotals partnership(long partnershipId) {
        if (partnerships == null) {
            partnerships = funding.totals(currentUser.actor());
        }
        return partnerships.get(partnershipId);
    }

    public FundingService.ProgrammeTotals programme(long programmeId) {
        if (programmes == null) {
            programmes = funding.programmeTotals(currentUser.actor());
        }
        return programmes.get(programmeId);
    }
}
