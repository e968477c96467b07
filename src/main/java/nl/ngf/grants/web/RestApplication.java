package nl.ngf.grants.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The read-only JSON API under /api, behind the same login as the pages; described at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "ngf-grants", version = "1",
        description = "Programmes and tasks as the logged-in user may see them."))
public class RestApplication extends Application {
}
