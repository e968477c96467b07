package nl.ngf.grants.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the address a user asked for before logging in out of reach of scripts. Open Liberty's login-to-continue keeps
 * it in its {@value Login#ASKED_FOR} cookie, set on the redirect to the login page without HttpOnly whatever
 * {@code webAppSecurity httpOnlyCookies} says (that flag reaches its sign-on cookie only). The login page, where that
 * redirect always leads, sends the same cookie back with HttpOnly and SameSite=Strict before the page and its scripts
 * arrive, so that no page's script ever reads it; the login clears it ({@link Login}).
 */
@WebFilter(urlPatterns = "/login.xhtml")
public class AskedForAddressFromScripts extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && request.getCookies() != null) {
            for (Cookie asked : request.getCookies()) {
                if (Login.ASKED_FOR.equals(asked.getName()) && !asked.getValue().isEmpty()) {
                    Cookie again = new Cookie(Login.ASKED_FOR, asked.getValue());
                    // Where Liberty sets it (webAppSecurity includePathInWASReqURL is left off), for as long as the browser is open.
                    again.setPath("/");
                    again.setHttpOnly(true);
                    again.setSecure(request.isSecure());
                    again.setAttribute("SameSite", "Strict");
                    response.addCookie(again);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
