package nl.ngf.grants.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.identity.CurrentUser;

/** The money column of the PPS list: allocated and paid per PPS, read once per request. */
@Named
@RequestScoped
public class PartnershipTotalsColumn {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    private Map<Long, FundingService.PartnershipTotals> totals;

    public FundingService.PartnershipTotals of(long partnershipId) {
        if (totals == null) {
            totals = funding.totals(currentUser.actor());
        }
        return totals.get(partnershipId);
    }
}
