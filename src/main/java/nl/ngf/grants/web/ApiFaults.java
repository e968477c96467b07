package nl.ngf.grants.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever goes wrong inside the API that no other mapper answers (a fault, not a refusal): a problem document that says
 * something went wrong, in the user's language, and the cause in the log only. Left to the runtime, the answer would be
 * the exception's own message as its body: the server's insides, and no JSON.
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
        return ApiProblems.response(status, texts.title(), texts.detail(), request.getRequestURI(), language.getLocale());
    }
}
