package nl.ngf.grants.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * The page of this application the user came from, for the page that says a form was not taken (its view had expired:
 * the server restarted, or the user opened a hundred other pages meanwhile), the one that says something went wrong
 * and the one that says a request could not be read (a list's paging made up by hand), to offer it again, freshly
 * opened. Read
 * from the request's Referer, which browsers send only within this origin (Referrer-Policy: same-origin), and offered
 * only when it is a page of this application on this server: never the login page, an error page or another site.
 */
@Named
@RequestScoped
public class PageBefore {

    /** The address (path and query, on this server) to open again; null when there is none to offer. */
    public String getAddress() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return null;
        }
        return pageOf(request.getHeader("Referer"), request.getServerName(), request.getContextPath());
    }

    /** The referring address as a path on this server, when it is one of this application's pages. */
    public static String pageOf(String referer, String host, String contextPath) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        URI address;
        try {
            address = URI.create(referer.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!address.isAbsolute() || address.getHost() == null || !address.getHost().equalsIgnoreCase(host)
                || address.getRawUserInfo() != null || !("http".equalsIgnoreCase(address.getScheme()) || "https".equalsIgnoreCase(address.getScheme()))) {
            return null;
        }
        String path = address.getRawPath() == null ? "" : address.getRawPath();
        if (!isPageToReturnTo(path, contextPath)) {
            return null;
        }
        return address(path, address.getRawQuery());
    }

    /**
     * A page's address to open again: its path and query, without the notice its opening after an action showed
     * ({@code done=comment.done}: "Uw opmerking is geplaatst" would say it again of nothing done).
     */
    public static String address(String path, String rawQuery) {
        if (rawQuery == null) {
            return path;
        }
        String kept = java.util.Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !parameter.equals("done") && !parameter.startsWith("done="))
                .collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? path : path + "?" + kept;
    }

    /** Whether the path (on this server) is a page to offer again, or to go back to after a login: not an error page. */
    public static boolean isPageToReturnTo(String path, String contextPath) {
        return isPageToOpen(path, contextPath) && !path.contains("//") && !path.startsWith(contextPath + "/error/");
    }

    /**
     * Whether the path (on this server) is one of this application's pages for a user to be sent to: a page under its
     * context path, not climbing out of it, and not the login page.
     */
    public static boolean isPageToOpen(String path, String contextPath) {
        String context = contextPath + "/";
        return path.startsWith(context) && path.endsWith(".xhtml") && !path.contains("/..") && !path.equals(context + "login.xhtml");
    }
}
