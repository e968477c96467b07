package nl.ngf.grants.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.notification.NotificationService;
import nl.ngf.grants.notification.UnsentMail;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** The administrator's list of mails to applicants that did not go out: each tried once more, or withdrawn. */
@Named
@ViewScoped
public class UnsentMails implements Serializable {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<UnsentMail> mails;

    public void load() {
        try {
            mails = notifications.unsentMails(currentUser.actor());
        } catch (DomainException e) {
            mails = List.of();
            messages.refused(e);
        }
    }

    public void retry(long mailId) {
        try {
            notifications.retryMail(currentUser.actor(), mailId);
            messages.info("mails.retried");
        } catch (DomainException e) {
            messages.refused(e);
        }
        load();
    }

    public void withdraw(long mailId) {
        try {
            notifications.withdrawMail(currentUser.actor(), mailId);
            messages.info("mails.withdrawn");
        } catch (DomainException e) {
            messages.refused(e);
        }
        load();
    }

    public List<UnsentMail> getMails() {
        if (mails == null) {
            load();
        }
        return mails;
    }
}
