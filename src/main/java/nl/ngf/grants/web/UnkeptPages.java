package nl.ngf.grants.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * No browser or proxy keeps a page of the application, an Ajax answer, a download or an answer of the API
 * ({@code Cache-Control: no-store}): each shows someone's file. On a computer shared by several people (a school's,
 * a library's), whoever pressed Back after a user had signed out was shown, from the browser's memory, the page that
 * user had open. Style sheets, scripts and images hold nothing of anyone's and are kept as before.
 */
@WebFilter(urlPatterns = "/*")
public class UnkeptPages extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!isResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Style sheets, scripts and images of the pages (the application's, PrimeFaces', the diagram viewer's) and its icon. */
    public static boolean isResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/webjars/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }
}
