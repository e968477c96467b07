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
import nl.ngf.grants.web.ApiProblem;
import nl.ngf.grants.web.ApiProblems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @APIResponse(responseCode = "200", description = "Whether the ledger reconciles, what was checked and every finding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerCheck.class)))
    @APIResponse(responseCode = "403", description = "The caller is no administrator (the refusal is audited)",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public LedgerCheck verify() {
        return funding.checkLedger(currentUser.actor());
    }
}
