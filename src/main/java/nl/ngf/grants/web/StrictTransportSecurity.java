package nl.ngf.grants.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Strict-Transport-Security on every response the application sends over HTTPS, at this server or at a proxy in front
 * that says so (X-Forwarded-Proto, taken from a trusted proxy only): a browser that came once over HTTPS comes only so
 * for a year from then on, and never sends the session's cookies to the plain-HTTP port beside it (which it would, were
 * SESSION_COOKIE_SECURE forgotten). Over plain HTTP the header means nothing to a browser and is not sent. Not for other
 * host names under the same domain (no includeSubDomains): those are not the application's to decide.
 */
@WebFilter(urlPatterns = "/*")
public class StrictTransportSecurity extends HttpFilter {

    static final String HEADER = "Strict-Transport-Security";
    static final String ONE_YEAR = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader(HEADER, ONE_YEAR);
        }
        chain.doFilter(request, response);
    }
}
