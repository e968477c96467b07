package nl.ngf.grants.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Locale;

/**
 * How the JSON API answers what it refuses or does not have: an {@link ApiProblem} with the status, its title and what
 * went wrong in the user's language, and the address asked for. It names nothing of the record asked for, as the pages
 * do not.
 */
public final class ApiProblems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Made when the first problem is written (so that what the API says of a status can be asked without it). */
    private static final class Writer {
        static final Jsonb JSON = JsonbBuilder.create();
    }

    private ApiProblems() {
    }

    /** The problem document itself, as text. */
    public static String document(int status, String titleKey, String detailKey, String instance, Locale locale) {
        return Writer.JSON.toJson(new ApiProblem("about:blank", Messages.format(locale, titleKey), status, Messages.format(locale, detailKey),
                instance));
    }

    /**
     * Answers a request outside JAX-RS (a filter's, an error dispatch's) with the problem document. A 401 names the way
     * to log in, as HTTP asks of it: the login form ({@code WWW-Authenticate: FormBased}, the name servers of form logins
     * give it), not a password the browser would ask for itself.
     */
    public static void write(HttpServletResponse response, int status, String titleKey, String detailKey, String instance, Locale locale)
            throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "FormBased");
        }
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setLocale(locale);
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(document(status, titleKey, detailKey, instance, locale));
    }

    static Response response(int status, String titleKey, String detailKey, String instance, Locale locale) {
        return responseBuilder(status, titleKey, detailKey, instance, locale).build();
    }

    static Response.ResponseBuilder responseBuilder(int status, String titleKey, String detailKey, String instance, Locale locale) {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").language(locale).header("Cache-Control", "no-store")
                .entity(document(status, titleKey, detailKey, instance, locale));
    }

    /** The message keys of a problem's title and detail. */
    public record Texts(String title, String detail) {
    }

    /**
     * What the API says of a status it answers with, whoever decided on it (JAX-RS, the server, a fault): nothing of the
     * record asked for, nor of the server's insides.
     */
    public static Texts textsFor(int status) {
        return switch (status) {
            case 400 -> new Texts("error.badRequest.title", "api.badRequest");
            case 401 -> new Texts("api.loginRequired.title", "api.loginRequired");
            case 403 -> new Texts("error.forbidden.title", "access.notAllowed");
            case 404 -> new Texts("api.notFound.title", "api.notFound");
            case 405 -> new Texts("api.methodNotAllowed.title", "api.methodNotAllowed");
            case 406 -> new Texts("api.notAcceptable.title", "api.notAcceptable");
            default -> status < 500 ? new Texts("error.badRequest.title", "api.badRequest") : new Texts("error.unexpected.title", "error.unexpected");
        };
    }

    /**
     * A request of the API made by the browser for its user, not by a script: a document opened from a page's link. The
     * browser says so in its Fetch Metadata ({@code Sec-Fetch-Mode: navigate}, over HTTPS and on localhost) and by asking
     * for a page first ({@code Accept}).
     */
    public static boolean opensInTheBrowser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "navigate".equals(request.getHeader("Sec-Fetch-Mode")) || (accept != null && accept.startsWith("text/html"));
    }

    /** Whether the request was made of the API, which answers in JSON, not with a page. */
    public static boolean isApi(String contextPath, String requestUri) {
        return requestUri != null && requestUri.startsWith((contextPath == null ? "" : contextPath) + "/api/");
    }
}
