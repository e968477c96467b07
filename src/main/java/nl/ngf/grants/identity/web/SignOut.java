package nl.ngf.grants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

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
        boolean keptForm = Login.carries(request, Login.SENT_FORM);
        if (keptForm) {
            // Dropped either way, so that no later sign-out on this page is taken for one sent again.
            Login.clear(response, Login.SENT_FORM, request.getRequestURI());
        }
        if (sentAgainAfterLogin(keptForm, request.getHeader("Referer"), request.getContextPath())) {
            // A sign-out sent after the sign-on had ended, which Liberty kept and sends again now that someone has just
            // logged in (see Login): it is not to end that new login at once.
            external.redirect(external.getRequestContextPath() + "/workflow/inbox.xhtml");
            return;
        }
        external.invalidateSession();
        EndOutdatedSessions.dropSignOn(request, response);
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /**
     * Whether this sign-out is Liberty sending again one it kept (its form cookie is there) on the way from the login page
     * (the request the login sent the browser on to): a sign-out the user clicks comes from the page they were on.
     */
    static boolean sentAgainAfterLogin(boolean keptForm, String referer, String contextPath) {
        if (!keptForm || referer == null) {
            return false;
        }
        try {
            return (contextPath + "/login.xhtml").equals(URI.create(referer.strip()).getPath());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
