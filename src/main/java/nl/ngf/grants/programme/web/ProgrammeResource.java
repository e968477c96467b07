package nl.ngf.grants.programme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.web.ApiProblem;
import nl.ngf.grants.web.ApiProblems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The programmes the caller may see, as JSON. Amounts are whole euro cents. */
@Path("/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The programmes the caller may see")
    public List<ProgrammeSummary> list() {
        return programmes.programmes(currentUser.actor());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One programme with its conditions, revisions and assessments")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeDetails.class)))
    @APIResponse(responseCode = "404", description = "No such programme, or not the caller's to see (the refusal is audited)",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public ProgrammeDetails get(@PathParam("id") long id) {
        return programmes.programme(currentUser.actor(), id);
    }
}
