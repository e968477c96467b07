package nl.ngf.grants.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An address whose query cannot be read (a % not followed by two hexadecimal digits: {@code ?id=%ZZ}, typed in or cut
 * short) is refused as such (400), before anything reads it: the page that says the address cannot be read, or the
 * API's problem document (ErrorPages). Read further, the server's own reading of it would fail inside whatever first
 * asked for a parameter, a fault of the application's to the user.
 */
@WebFilter(urlPatterns = "/*")
public class UnreadableAddresses extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!readable(request.getQueryString())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether every escape of the query is a % with two hexadecimal digits (none at all is readable too). */
    static boolean readable(String query) {
        if (query == null) {
            return true;
        }
        try {
            URLDecoder.decode(query, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
