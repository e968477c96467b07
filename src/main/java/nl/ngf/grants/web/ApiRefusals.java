package nl.ngf.grants.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.ngf.grants.shared.AccessRefused;
import nl.ngf.grants.shared.NotAllowedException;

/**
 * A request of the API that a service refused (another organisation's programme or document, an administrator's check
 * asked by someone else): recorded as every refusal is (who, and what they asked for), and answered with a problem
 * document. A record the user may not see is not found (404), as the pages say "does not exist or you have no access";
 * anything else is not allowed (403).
 */
@Provider
@ApplicationScoped
public class ApiRefusals implements ExceptionMapper<NotAllowedException> {

    @Inject
    HttpServletRequest request;

    @Inject
    Event<AccessRefused> refused;

    @Inject
    Language language;

    @Override
    public Response toResponse(NotAllowedException e) {
        refused.fire(AccessRefused.ofRequest(request.getRemoteUser(), request.getMethod(), request.getRequestURI(), request.getQueryString(),
                e.messageKey()));
        boolean notFound = e.recordNotFound();
        return ApiProblems.response(notFound ? 404 : 403, notFound ? "api.notFound.title" : "error.forbidden.title", e.messageKey(),
                request.getRequestURI(), language.getLocale());
    }
}
