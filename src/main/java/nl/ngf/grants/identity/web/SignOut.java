package nl.ngf.grants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Logs out this browser: ends its session and its sign-on, back to the login page. The user's sessions in other
 * browsers (another computer, say) go on.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    FacesContext facesContext;

    public void submit() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getCookies() != null && java.util.Arrays.stream(request.getCookies()).anyMatch(c -> Login.SENT_FORM.equals(c.getName()))) {
            // A sign-out sent after the sign-on had ended, which Liberty kept and sends again now that someone has
            // logged in (see Login): it is not to end that new login at once. The kept form is dropped, so the next
            // sign-out signs out.
            Login.clear(response, Login.SENT_FORM, request.getRequestURI());
            external.redirect(external.getRequestContextPath() + "/workflow/inbox.xhtml");
            return;
        }
        external.invalidateSession();
        EndOutdatedSessions.dropSignOn(request, response);
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
