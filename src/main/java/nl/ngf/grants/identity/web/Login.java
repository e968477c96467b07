package nl.ngf.grants.identity.web;

import nl.ngf.grants.shared.LoginFailed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ngf.grants.web.Messages;
import nl.ngf.grants.web.PageBefore;

/** The login form: hands the credentials to Jakarta Security's form mechanism. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    Messages messages;

    @Inject
    AccountSessions sessions;

    @Inject
    nl.ngf.grants.identity.LoginAttempts attempts;

    @Inject
    jakarta.enterprise.event.Event<LoginFailed> loginFailed;

    @Inject
    nl.ngf.grants.identity.IdentityService identity;

    /** Where Open Liberty keeps the address a user asked for while it sends them to log in. */
    static final String ASKED_FOR = "WASReqURL";
    /** Where Open Liberty keeps a form sent while the user was not logged in, to send it again after the login (its path is the form's address). */
    static final String SENT_FORM = "WASPostParam";
    /** The authority of an address Liberty kept without its host name: nothing, or only the port. */
    private static final java.util.regex.Pattern HOSTLESS = java.util.regex.Pattern.compile("(?::(\\d{1,5}))?");

    private String username;
    private String password;
    /** The page to go on with, when the application sent the user here because their session had ended (see {@link EndOutdatedSessions}). */
    private String next;

    /**
     * The login page opened because a form was sent after both the session and the sign-on had ended (an afternoon away
     * from a form left open). Liberty keeps the form's address, which lacks the page's own ({@code programme/detail.xhtml},
     * not {@code ?id=42}), to send the form there again after the login; but the page's state went with the session, so
     * that would only say *Pagina verlopen*. The user goes on at the page the form was on instead, from the browser's
     * Referer, told that the session expired and that what was not sent is not recorded. With the session still there
     * (only the two-hour sign-on ended, in the middle of a working day) Liberty sends the form again and it is applied:
     * that is left alone.
     */
    public void arrive() {
        if (next != null || !(facesContext.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return;
        }
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null && !session.isNew()) {
            return;
        }
        String page = PageBefore.pageOf(request.getHeader("Referer"), request.getServerName(), request.getContextPath());
        if (formOf(cookie(request, ASKED_FOR), page)) {
            next = page;
            if (request.getParameter("done") == null) {
                messages.info("session.expired.done");
            }
        }
    }

    /**
     * Whether the address Liberty kept is that of a form of the page the user was on: the page's path, without a query of
     * its own (a Faces form is sent to its page's path; a link followed keeps its whole address).
     */
    static boolean formOf(String asked, String page) {
        if (asked == null || page == null) {
            return false;
        }
        java.net.URI address;
        try {
            address = java.net.URI.create(asked.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        int query = page.indexOf('?');
        return address.getRawQuery() == null && address.getRawPath() != null
                && address.getRawPath().equals(query < 0 ? page : page.substring(0, query));
    }

    public void submit() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        // User names are lower case: a name typed with a capital (a phone's keyboard capitalises the first letter) is the same name.
        String typed = username == null ? "" : username.strip();
        String name = typed.toLowerCase(java.util.Locale.ROOT);
        // Where the user is, as a proxy in front forwards it (Open Liberty's remoteIp): failed logins count by name and address.
        // The audit trail keeps the name typed only when it is an account's (LoginFailed): anything else may be a password.
        String address = external.getRequest() instanceof HttpServletRequest r ? r.getRemoteAddr() : null;
        // Counted as a failure before the password is checked, forgotten if it is right: guesses sent at once each see the others.
        java.util.Optional<java.time.Duration> locked = attempts.attempt(name, address);
        if (locked.isPresent()) {
            loginFailed.fire(new LoginFailed(identity.displayName(name).isPresent() ? typed : null, address));
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.text("login.locked", nl.ngf.grants.identity.LoginAttempts.minutesLeft(locked.get())), null));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(name,
                                password == null ? "" : password)));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> {
                attempts.succeeded(name, address);
                // A hash made with fewer (or more) iterations than the server's setting now is made again with them.
                identity.rehashIfOutdated(name, password);
                // A new session id at login: an id planted before login (session fixation) is worth nothing after it.
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                sessions.remember(request);
                HttpServletResponse response = (HttpServletResponse) external.getResponse();
                String asked = askedFor(request, response);
                if (asked != null && formOf(asked, next)) {
                    // The page the form was on, without sending the form again: what it sent went with the session.
                    clear(response, SENT_FORM, java.net.URI.create(asked.strip()).getRawPath());
                    asked = null;
                }
                java.util.Optional<String> askedFor = continuation(request.getScheme(), request.getServerName(), request.getServerPort(),
                        request.getContextPath(), asked == null ? next : asked);
                external.redirect(sessions.ownPasswordDue(request.getSession(false))
                        ? external.getRequestContextPath() + AccountSessions.PASSWORD_PAGE
                        : askedFor.orElse(external.getRequestContextPath() + "/workflow/inbox.xhtml"));
            }
            default -> {
                boolean anAccount = attempts.failed(name, address);
                loginFailed.fire(new LoginFailed(anAccount ? typed : null, address));
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("login.failed"), null));
            }
        }
    }

    /**
     * The address the user asked for when they were sent to log in, as Open Liberty's login-to-continue keeps it
     * (in its {@value #ASKED_FOR} cookie); the cookie is cleared, so that a later login starts afresh.
     */
    private static String askedFor(HttpServletRequest request, HttpServletResponse response) {
        String asked = cookie(request, ASKED_FOR);
        if (asked != null) {
            clear(response, ASKED_FOR, "/");
        }
        return asked;
    }

    /** The value of one of Liberty's cookies, as it was asked for; null without one. */
    private static String cookie(HttpServletRequest request, String name) {
        jakarta.servlet.http.Cookie cookie = find(request, name);
        return cookie == null ? null : decoded(cookie.getValue());
    }

    /** Whether the request carries one of Liberty's cookies (its value aside). */
    static boolean carries(HttpServletRequest request, String name) {
        return find(request, name) != null;
    }

    private static jakarta.servlet.http.Cookie find(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName())) {
                return cookie;
            }
        }
        return null;
    }

    static void clear(HttpServletResponse response, String name, String path) {
        jakarta.servlet.http.Cookie cleared = new jakarta.servlet.http.Cookie(name, "");
        cleared.setPath(path);
        cleared.setMaxAge(0);
        cleared.setHttpOnly(true);
        response.addCookie(cleared);
    }

    /**
     * The address as asked for, from the cookie's value: Liberty escapes each per cent sign of it ({@code %2520} for
     * an address's {@code %20}) and leaves the rest, a plus sign in a search included, as it was.
     */
    static String decoded(String cookieValue) {
        try {
            return java.net.URLDecoder.decode(cookieValue.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The page the user asked for before they were sent to log in (a link in a reminder, a bookmark, the page open when
     * their session ended), where Jakarta Security's login-to-continue says to go on: only a page of this application
     * on this server, never the login page itself; empty when there is none, and the user starts at their inbox.
     */
    static java.util.Optional<String> continuation(String scheme, String host, int port, String contextPath, String location) {
        if (location == null || location.isBlank()) {
            return java.util.Optional.empty();
        }
        java.net.URI target;
        try {
            target = java.net.URI.create(location.strip());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        if (target.isAbsolute() ? !sameServer(target, scheme, host, port) : target.getRawAuthority() != null) {
            return java.util.Optional.empty();
        }
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        if (!target.isAbsolute() && !path.startsWith("/")) {
            path = contextPath + "/" + path;
        }
        if (!PageBefore.isPageToOpen(path, contextPath)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    }

    /** Whether an address is of this server; Liberty keeps it without the host name ({@code http://:9080/…}), meaning this host. */
    private static boolean sameServer(java.net.URI target, String scheme, String host, int port) {
        int targetPort;
        if (target.getHost() != null) {
            if (!host.equalsIgnoreCase(target.getHost()) || target.getRawUserInfo() != null) {
                return false;
            }
            targetPort = target.getPort();
        } else {
            java.util.regex.Matcher hostless = HOSTLESS.matcher(target.getRawAuthority() == null ? "" : target.getRawAuthority());
            if (!hostless.matches()) {
                return false;
            }
            targetPort = hostless.group(1) == null ? -1 : Integer.parseInt(hostless.group(1));
        }
        return target.getScheme().equalsIgnoreCase(scheme) && (targetPort == -1 ? defaultPort(scheme) : targetPort) == port;
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
