package nl.ngf.grants.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ngf.grants.shared.AccessRefused;

/**
 * A page of another role (the audit log opened by an applicant, a PPS by a committee member) is refused by the
 * server's security constraints before the application sees the request; its 403 comes by an error dispatch to the
 * page that says so. That refusal is recorded here, as every refusal the services make is: who, and what they asked for.
 * A refused request of the JSON API gets the refusal as a problem document rather than the page (see ApiProblems).
 */
@WebFilter(urlPatterns = "/error/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPages extends HttpFilter {

    @Inject
    Event<AccessRefused> refused;

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status) && uri != null) {
            // The page asked for with its query (the id typed in, say): Servlet 6.0 names no error attribute for the query,
            // but the error page is reached by a forward, whose attribute holds the query of the request refused.
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            refused.fire(AccessRefused.ofRequest(request.getRemoteUser(), request.getMethod(), uri, query, "error.forbidden"));
            if (ApiProblems.isApi(request.getContextPath(), uri.toString())) {
                // A script asked, not a browser: the same refusal as a problem document, not a page.
                ApiProblems.write(response, HttpServletResponse.SC_FORBIDDEN, "error.forbidden.title", "access.notAllowed", uri.toString(),
                        language.getLocale());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
