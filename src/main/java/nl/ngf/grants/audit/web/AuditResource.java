package nl.ngf.grants.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.audit.AuditVerification;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.web.ApiProblem;
import nl.ngf.grants.web.ApiProblems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The audit trail's verification for scripts and monitoring; administrators only. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/verify")
    @Operation(summary = "Walks the hash chain of the audit trail and names the first entry that does not match")
    @APIResponse(responseCode = "200", description = "Whether the chain is intact, and the first entry that does not match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditVerification.class)))
    @APIResponse(responseCode = "403", description = "The caller is no administrator (the refusal is audited)",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public AuditVerification verify() {
        return audit.verify(currentUser.actor());
    }
}
