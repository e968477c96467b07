package nl.ngf.grants.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The read-only JSON API under /api, behind the same login as the pages; described at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "ngf-grants", version = "1",
        description = "Read-only: the programmes and documents the logged-in user may see, and for administrators the"
                + " verification of the audit trail and the reconciliation of the disbursement ledger."))
public class RestApplication extends Application {
}
