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
 * short), or a posted form whose fields cannot be ({@code comment=50%+hoger} from a careless script), is refused as
 * such (400), before anything reads it: the page that says the address cannot be read, or the API's problem document
 * (ErrorPages). Read further, the server's own reading of it would fail inside whatever first asked for a parameter, a
 * fault of the application's to the user. The form is read here in UTF-8 (web.xml's request-character-encoding), as
 * the pages would read it.
 */
@WebFilter(urlPatterns = "/*")
public class UnreadableAddresses extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!readable(request.getQueryString()) || !formReadable(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the server can read the posted form's fields (asked once here; it keeps them for whoever asks next). */
    private static boolean formReadable(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return true;
        }
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
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
