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
        act(() -> notifications.retryMail(currentUser.actor(), mailId), "mails.retried");
    }

    public void withdraw(long mailId) {
        act(() -> notifications.withdrawMail(currentUser.actor(), mailId), "mails.withdrawn");
    }

    /** Does it, says so (or why not), and shows the list as it is now. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
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
