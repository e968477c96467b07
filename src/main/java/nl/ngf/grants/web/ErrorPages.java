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
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import nl.ngf.grants.shared.AccessRefused;

/**
 * What the server itself refuses or fails at, before or after the application had its say, comes by an error dispatch
 * to the page that says so (web.xml). Two things happen here first.
 * <p>
 * A page of another role (the audit log opened by an applicant, a PPS by a committee member) is refused by the server's
 * security constraints before the application sees the request: that refusal is recorded, as every refusal the services
 * make is: who, and what they asked for.
 * <p>
 * A request of the JSON API gets its answer as a problem document, never a page: an address the server cannot read (an
 * encoded slash in it), a refusal, or a fault (see ApiProblems).
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPages extends HttpFilter {

    @Inject
    Event<AccessRefused> refused;

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(status instanceof Integer code) || uri == null) {
            chain.doFilter(request, response);
            return;
        }
        if (code == HttpServletResponse.SC_FORBIDDEN) {
            // The page asked for with its query (the id typed in, say): Servlet 6.0 names no error attribute for the query,
            // but the error page is reached by a forward, whose attribute holds the query of the request refused.
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            refused.fire(AccessRefused.ofRequest(request.getRemoteUser(), request.getMethod(), uri, query, "error.forbidden"));
        }
        if (ApiProblems.isApi(request.getContextPath(), uri.toString())) {
            // The API answers in JSON, whoever asked: the same answer as a problem document, not a page.
            ApiProblems.Texts texts = ApiProblems.textsFor(code);
            ApiProblems.write(response, code, texts.title(), texts.detail(), uri.toString(), language.getLocale());
            return;
        }
        // The page that says an address cannot be read reads nothing of it: it may be the query that cannot be read
        // (UnreadableAddresses), which the page's own reading of its parameters would trip over again.
        chain.doFilter(code == HttpServletResponse.SC_BAD_REQUEST ? new WithoutParameters(request) : request, response);
    }

    /** The request as the page that refuses it sees it: without a query or parameters. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
