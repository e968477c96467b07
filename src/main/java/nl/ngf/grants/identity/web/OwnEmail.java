package nl.ngf.grants.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.identity.UserAdministration;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** Any logged-in user keeps their own e-mail address, where reminders before a deadline go. */
@Named
@RequestScoped
public class OwnEmail {

    @Inject
    UserAdministration administration;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String email;

    @PostConstruct
    void load() {
        email = administration.ownEmail(currentUser.actor());
    }

    public String save() {
        try {
            administration.changeOwnEmail(currentUser.actor(), email);
            return Messages.redirectWithNotice("/account/password", "email.done");
        } catch (DomainException e) {
            messages.refused(e);
            return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
