package nl.ngf.grants.documents.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.ngf.grants.documents.DocumentContent;
import nl.ngf.grants.documents.DocumentService;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.web.ApiProblem;
import nl.ngf.grants.web.ApiProblems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Downloads a document as an attachment with its stored content type; never shown inline. */
@Path("/documents")
@RequestScoped
public class DocumentDownload {

    @Inject
    DocumentService documents;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/{id}")
    @Operation(summary = "Download a document the caller may see")
    @APIResponse(responseCode = "200", description = "The document as an attachment, with the content type it was stored with")
    @APIResponse(responseCode = "404", description = "No such document, or not the caller's to see (the refusal is audited)",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response download(@PathParam("id") long id) {
        DocumentContent document = documents.download(currentUser.actor(), id);
        String encoded = URLEncoder.encode(document.document().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(document.content(), document.document().contentType())
                .header("Content-Disposition", "attachment; filename=\"document\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
