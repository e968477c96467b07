package nl.ngf.grants.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.ngf.grants.web.ApiProblems;
import nl.ngf.grants.web.Language;
import nl.ngf.grants.web.PageBefore;
import nl.ngf.grants.web.UnkeptPages;

/**
 * Ends a logged-in session whose account changed after it logged in (a new password, another role or
 * organisation, switched off): the user logs in again and gets the account as it is now. The same for a
 * browser whose session the server ended (half an hour without a request, a restart) while its sign-on token,
 * which lasts longer, still counts. A page goes to the login page saying which of the two it was, and after
 * the login back to the page the user was on (a document opened from a page: back to that page); a Faces Ajax request
 * is told to go there; a script of the API gets 401 and a problem document saying which of the two it was.
 * The user's own session survives a change they made themselves (see {@link AccountSessions#remember}).
 * A user whose password an administrator set is kept on the password page until they choose their own.
 */
@WebFilter(urlPatterns = "/*")
public class EndOutdatedSessions extends HttpFilter {

    /** Liberty's single sign-on cookie, which carries the login (webAppSecurity ssoCookieName in server.xml). */
    static final String SIGN_ON_COOKIE = "LtpaToken2";

    /** The login page saying that the account changed since the login. */
    static final String OUTDATED = "/login.xhtml?done=session.ended.done";

    /** The login page saying that the session ended. */
    static final String ENDED = "/login.xhtml?done=session.expired.done";

    @Inject
    AccountSessions sessions;

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        // Style sheets, scripts and images of the pages: nothing to decide, and no database query for each.
        if (request.getRemoteUser() == null || UnkeptPages.isResource(request)) {
            chain.doFilter(request, response);
            return;
        }
        AccountSessions.Standing standing = sessions.standing(request, session);
        if (standing == AccountSessions.Standing.CURRENT) {
            if (sessions.ownPasswordDue(session) && !mayWaitForOwnPassword(request)) {
                if (isScript(request)) {
                    // Refused as the server refuses a page of another role: recorded, and answered with a problem document.
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                } else {
                    send(request, response, request.getContextPath() + AccountSessions.PASSWORD_PAGE);
                }
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        // The language the user chose lives in the session: read before it ends.
        Locale locale = Language.ofSession(request, language);
        if (session != null) {
            session.invalidate();
        }
        dropSignOn(request, response);
        boolean ended = standing == AccountSessions.Standing.ENDED;
        String login = request.getContextPath() + (ended ? ENDED : OUTDATED);
        if (isScript(request)) {
            ApiProblems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "api.loginAgain.title",
                    ended ? "session.expired.done" : "session.ended.done", request.getRequestURI(), locale);
        } else {
            String page = pageToReturnTo(request);
            send(request, response, page == null ? login : login + "&next=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        }
    }

    /**
     * Ends this browser's sign-on. Not request.logout(): Liberty gives every session of a user who logged in with the same
     * password the same sign-on token and would end them all (open-liberty#13693), in every other browser of theirs too.
     * Only this browser's token is dropped; without a session that logged in, the token gets no further anyway.
     */
    static void dropSignOn(HttpServletRequest request, HttpServletResponse response) {
        Cookie signOn = new Cookie(SIGN_ON_COOKIE, "");
        signOn.setPath("/");
        signOn.setMaxAge(0);
        signOn.setHttpOnly(true);
        signOn.setSecure(request.isSecure());
        response.addCookie(signOn);
    }

    /**
     * The page to go on with after the login: the page asked for; for a form sent or an Ajax request, the page it was
     * sent from (the Referer: a form posts to its page's address without the query, {@code ?id=…}, that says which
     * programme or PPS it shows), and for a document opened from a page, that page. Null when it is none of this
     * application's pages.
     */
    private static String pageToReturnTo(HttpServletRequest request) {
        return pageToReturnTo(request.getMethod(), "partial/ajax".equals(request.getHeader("Faces-Request")), request.getRequestURI(),
                request.getQueryString(), request.getHeader("Referer"), request.getServerName(), request.getContextPath());
    }

    static String pageToReturnTo(String method, boolean ajax, String path, String query, String referer, String host, String contextPath) {
        if ("GET".equals(method) && !ajax && PageBefore.isPageToReturnTo(path, contextPath)) {
            return PageBefore.address(path, query);
        }
        return PageBefore.pageOf(referer, host, contextPath);
    }

    /**
     * A script's request of the API, answered with a status and a problem document; a document of the API opened in the
     * browser from a page's link goes where a page would.
     */
    private static boolean isScript(HttpServletRequest request) {
        return ApiProblems.isApi(request.getContextPath(), request.getRequestURI()) && !ApiProblems.opensInTheBrowser(request);
    }

    /** Sends a page to {@code target}, and a Faces Ajax request a redirect to it. */
    private static void send(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    /**
     * What a user whose password an administrator set may reach before choosing their own: the password
     * page (its form posts, the menu's sign-out and language links included) and the error pages.
     */
    private static boolean mayWaitForOwnPassword(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals(AccountSessions.PASSWORD_PAGE) || path.equals("/login.xhtml") || path.startsWith("/error/");
    }
}
