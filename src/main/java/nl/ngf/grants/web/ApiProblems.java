package nl.ngf.grants.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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

    private static final Jsonb JSON = JsonbBuilder.create();

    private ApiProblems() {
    }

    /** The problem document itself, as text. */
    public static String document(int status, String titleKey, String detailKey, String instance, Locale locale) {
        return JSON.toJson(new ApiProblem("about:blank", Messages.format(locale, titleKey), status, Messages.format(locale, detailKey),
                instance));
    }

    /** Answers a request outside JAX-RS (a filter's, an error dispatch's) with the problem document. */
    public static void write(HttpServletResponse response, int status, String titleKey, String detailKey, String instance, Locale locale)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(document(status, titleKey, detailKey, instance, locale));
    }

    static Response response(int status, String titleKey, String detailKey, String instance, Locale locale) {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").header("Cache-Control", "no-store")
                .entity(document(status, titleKey, detailKey, instance, locale)).build();
    }

    /** Whether the request was made of the API, which answers in JSON, not with a page. */
    public static boolean isApi(String contextPath, String requestUri) {
        return requestUri != null && requestUri.startsWith((contextPath == null ? "" : contextPath) + "/api/");
    }
}
