package nl.ngf.grants.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever the API cannot answer that no other mapper does (a refusal is ApiRefusals'): a request it cannot answer as
 * asked, as JAX-RS finds it before any resource runs (an address that names nothing it has, a method the address does
 * not take, an answer in another format than JSON), with the methods the address does take ({@code Allow}) where that
 * was the trouble; or a fault, which says something went wrong, with the cause in the log only. A problem document
 * each, in the user's language. Left to the runtime, the answer would be the exception's own message as its body: the
 * server's insides, and no JSON.
 */
@Provider
@ApplicationScoped
public class ApiFaults implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiFaults.class.getName());

    @Inject
    HttpServletRequest request;

    @Inject
    Language language;

    @Override
    public Response toResponse(Throwable e) {
        int status = e instanceof WebApplicationException answered ? answered.getResponse().getStatus() : 500;
        if (status < 400) {
            // A redirection the code chose to answer with: its own answer.
            return ((WebApplicationException) e).getResponse();
        }
        if (status >= 500) {
            LOG.log(Level.SEVERE, e, () -> "The API could not answer " + request.getMethod() + " " + request.getRequestURI());
        }
        ApiProblems.Texts texts = ApiProblems.textsFor(status);
        Response.ResponseBuilder answer = ApiProblems.responseBuilder(status, texts.title(), texts.detail(), request.getRequestURI(),
                language.getLocale());
        String allowed = e instanceof WebApplicationException refused ? refused.getResponse().getHeaderString(HttpHeaders.ALLOW) : null;
        if (allowed != null) {
            answer.header(HttpHeaders.ALLOW, allowed);
        }
        return answer.build();
    }
}
