package nl.ngf.grants.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An address of the API that names nothing it has (no such path, an id that is no number): a problem document. */
@Provider
@ApplicationScoped
public class ApiNotFound implements ExceptionMapper<NotFoundException> {

    @Inject
    HttpServletRequest request;

    @Inject
    Language language;

    @Override
    public Response toResponse(NotFoundException e) {
        return ApiProblems.response(404, "api.notFound.title", "api.notFound", request.getRequestURI(), language.getLocale());
    }
}
