package nl.ngf.grants.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request the API cannot answer as asked, as JAX-RS finds it before any resource runs: an address that names nothing
 * it has (no such path, an id that is no number), a method the address does not take (the API only reads: POST or
 * DELETE), an answer in another format than JSON. A problem document each, with the methods the address does take
 * ({@code Allow}) where that was the trouble.
 */
@Provider
@ApplicationScoped
public class ApiClientErrors implements ExceptionMapper<ClientErrorException> {

    @Inject
    HttpServletRequest request;

    @Inject
    Language language;

    @Override
    public Response toResponse(ClientErrorException e) {
        int status = e.getResponse().getStatus();
        ApiProblems.Texts texts = ApiProblems.textsFor(status);
        Response.ResponseBuilder answer = ApiProblems.responseBuilder(status, texts.title(), texts.detail(), request.getRequestURI(),
                language.getLocale());
        String allowed = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allowed != null) {
            answer.header(HttpHeaders.ALLOW, allowed);
        }
        return answer.build();
    }
}
