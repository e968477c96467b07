package nl.ngf.grants.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import nl.ngf.grants.shared.AccessRefused;

/**
 * Form actions change state, so they come by POST only. Faces treats any request that carries a view
 * state as a form submission, whatever its method: a link or an image that sends a form's fields with
 * GET would otherwise run the action. Such a request is refused (405) and recorded as refused.
 * <p>
 * A page is asked for with GET (or HEAD) and its forms are sent with POST; any other method (PUT, DELETE, TRACE,
 * OPTIONS and the like, which Faces answered with the page as if asked for with GET) is refused too (405), naming the
 * three a page takes, without an audit entry: it asks nothing of any record.
 */
@WebFilter(servletNames = "Faces Servlet")
public class PostOnlyForms extends HttpFilter {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final java.util.Set<String> PAGE_METHODS = java.util.Set.of("GET", "HEAD", "POST");

    @Inject
    Event<AccessRefused> refused;

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PAGE_METHODS.contains(request.getMethod())) {
            refuse(request, response, "GET, HEAD, POST", "request.methodNotAllowed");
            return;
        }
        if ("POST".equals(request.getMethod()) || request.getParameter(VIEW_STATE) == null) {
            chain.doFilter(request, response);
            return;
        }
        // Without its query, which holds the view state that made it a form's request.
        refused.fire(AccessRefused.ofRequest(request.getRemoteUser(), request.getMethod(), request.getRequestURI(), null, "request.postOnly"));
        refuse(request, response, "POST", "request.postOnly");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String allowed, String messageKey) throws IOException {
        Locale locale = Language.ofSession(request, language);
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", allowed);
        response.setLocale(locale);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Messages.format(locale, messageKey));
    }
}
