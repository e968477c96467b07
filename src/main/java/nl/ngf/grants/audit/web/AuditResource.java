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
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    public AuditVerification verify() {
        return audit.verify(currentUser.actor());
    }
}
