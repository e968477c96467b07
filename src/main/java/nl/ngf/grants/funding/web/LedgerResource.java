package nl.ngf.grants.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.LedgerCheck;
import nl.ngf.grants.identity.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The ledger's reconciliation for scripts and monitoring; administrators only. */
@Path("/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/verify")
    @Operation(summary = "Reconciles every line of the disbursement ledger with its tranche, allocation, award, decisions and audit entry")
    public LedgerCheck verify() {
        return funding.checkLedger(currentUser.actor());
    }
}
