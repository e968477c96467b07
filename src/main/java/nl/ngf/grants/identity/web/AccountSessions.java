package nl.ngf.grants.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.OptionalInt;
import nl.ngf.grants.identity.IdentityService;

/**
 * Ties a login session to the account as it was at login. A session remembers the account's access
 * version (raised by a new password, other roles or organisation, or switching the account off); once
 * the account's version moves on, the session no longer counts, on every node and at once.
 */
@ApplicationScoped
public class AccountSessions {

    static final String VERSION = "ngf.accessVersion";

    /** Set while the user's password is one an administrator gave them: the session goes to the password page only. */
    static final String OWN_PASSWORD_DUE = "ngf.ownPasswordDue";

    /** The page where a user chooses their own password. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    IdentityService identity;

    /** As {@link #remember(HttpServletRequest)}, for the Faces request under way. */
    public void remember() {
        remember((HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** After a login, or a change the user made to their own account in this session: this session counts. */
    public void remember(HttpServletRequest request) {
        String username = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (username == null || session == null) {
            return;
        }
        OptionalInt version = identity.accessVersion(username);
        if (version.isPresent()) {
            session.setAttribute(VERSION, version.getAsInt());
        } else {
            session.removeAttribute(VERSION);
        }
        if (identity.passwordChangeRequired(username)) {
            session.setAttribute(OWN_PASSWORD_DUE, Boolean.TRUE);
        } else {
            session.removeAttribute(OWN_PASSWORD_DUE);
        }
    }

    /** Whether this session must choose its own password before anything else (remembered at login). */
    public boolean ownPasswordDue(HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(OWN_PASSWORD_DUE));
    }

    /** As {@link #ownPasswordDue(HttpSession)}, for the Faces request under way. */
    public boolean ownPasswordDue() {
        return ownPasswordDue(((HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getSession(false));
    }

    /**
     * Whether the logged-in user's session still counts: it remembers the account as it is now, active
     * and unchanged since the login. A session that remembers nothing did not log in through the login
     * page (or before this rule) and does not count either.
     */
    boolean stillValid(HttpServletRequest request, HttpSession session) {
        Object remembered = session == null ? null : session.getAttribute(VERSION);
        if (remembered == null) {
            return false;
        }
        OptionalInt current = identity.accessVersion(request.getRemoteUser());
        return current.isPresent() && remembered.equals(current.getAsInt());
    }
}
