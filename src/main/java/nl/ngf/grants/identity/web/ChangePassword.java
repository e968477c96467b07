package nl.ngf.grants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.identity.UserAdministration;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** Any logged-in user changes their own password, typing the current one and the new one twice. */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    UserAdministration administration;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    AccountSessions sessions;

    private String current;
    private String newPassword;
    private String repeated;

    public String submit() {
        try {
            administration.changeOwnPassword(currentUser.actor(), clientAddress(), current, newPassword, repeated);
            // This session goes on with the new password; the user's other sessions end.
            sessions.remember();
            return Messages.redirectWithNotice("/workflow/inbox", "password.done");
        } catch (DomainException e) {
            messages.refused(e);
            return null;
        }
    }

    /** Where the user is (as a proxy in front forwards it): a wrong current password counts as a failed login from there. */
    private static String clientAddress() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest()
                instanceof jakarta.servlet.http.HttpServletRequest request ? request.getRemoteAddr() : null;
    }

    /** The user's password was set by an administrator: say why they are here before anything else. */
    public boolean isOwnPasswordDue() {
        return sessions.ownPasswordDue();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
