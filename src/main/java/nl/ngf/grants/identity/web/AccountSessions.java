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

    /** Where a logged-in user's session stands against their account. */
    enum Standing {
        /** It logged in through the login page and the account is as it was then. */
        CURRENT,
        /**
         * It remembers no login: the server ended it (half an hour without a request, a restart) while the browser's
         * sign-on token still counts, or it never logged in through the login page.
         */
        ENDED,
        /** The account changed since the login (a new password, other roles or organisation, switched off, removed). */
        OUTDATED
    }

    /** Where the logged-in user's session stands: only a {@link Standing#CURRENT} one counts. */
    Standing standing(HttpServletRequest request, HttpSession session) {
        Object remembered = session == null ? null : session.getAttribute(VERSION);
        if (remembered == null) {
            return Standing.ENDED;
        }
        OptionalInt current = identity.accessVersion(request.getRemoteUser());
        return current.isPresent() && remembered.equals(current.getAsInt()) ? Standing.CURRENT : Standing.OUTDATED;
    }
}
