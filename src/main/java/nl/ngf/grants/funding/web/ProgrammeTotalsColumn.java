package nl.ngf.grants.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.identity.CurrentUser;

/** The money columns of the programme list: allocated and paid per programme, read once per request. */
@Named
@RequestScoped
public class ProgrammeTotalsColumn {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    private Map<Long, FundingService.ProgrammeTotals> totals;

    /** The programme's totals; null before its allocation. */
    public FundingService.ProgrammeTotals of(long programmeId) {
        if (totals == null) {
            totals = funding.programmeTotals(currentUser.actor());
        }
        return totals.get(programmeId);
    }
}
