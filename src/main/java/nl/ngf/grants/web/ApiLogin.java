package nl.ngf.grants.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The JSON API's login. The server's security constraints leave {@code /api/*} to this filter, so that a script that has
 * not logged in is answered 401 with a problem document instead of being sent the login form; the services check each
 * record and each administrator's check, as for the pages. A document opened in the browser from a page's link goes
 * through the login form as a page does, and opens after it.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiLogin extends HttpFilter {

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null) {
            chain.doFilter(request, response);
        } else if (ApiProblems.opensInTheBrowser(request)) {
            // The form login's own way: the login page, and after it the address asked for.
            if (request.authenticate(response)) {
                chain.doFilter(request, response);
            }
        } else {
            ApiProblems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "api.loginRequired.title", "api.loginRequired",
                    request.getRequestURI(), Language.ofSession(request, language));
        }
    }
}
