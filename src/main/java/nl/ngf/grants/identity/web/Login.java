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

    private String username;
    private String password;

    public void submit() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        String name = username == null ? "" : username.strip();
        java.util.Optional<java.time.Duration> locked = attempts.lockedFor(name);
        if (locked.isPresent()) {
            loginFailed.fire(new LoginFailed(name, external.getRequest() instanceof HttpServletRequest r ? r.getRemoteAddr() : null));
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.text("login.locked", Math.max(1, (locked.get().toSeconds() + 59) / 60)), null));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                password == null ? "" : password)));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> {
                attempts.succeeded(name);
                // A new session id at login: an id planted before login (session fixation) is worth nothing after it.
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                sessions.remember(request);
                external.redirect(external.getRequestContextPath()
                        + (sessions.ownPasswordDue(request.getSession(false)) ? AccountSessions.PASSWORD_PAGE : "/workflow/inbox.xhtml"));
            }
            default -> {
                attempts.failed(name);
                loginFailed.fire(new LoginFailed(username == null ? "" : username.strip(), external.getRequest() instanceof HttpServletRequest r
                        ? r.getRemoteAddr() : null));
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("login.failed"), null));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
