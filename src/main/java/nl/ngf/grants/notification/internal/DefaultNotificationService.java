package nl.ngf.grants.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.notification.NotificationService;
import nl.ngf.grants.notification.UnsentMail;

@ApplicationScoped
public class DefaultNotificationService implements NotificationService {

    @Inject
    Outbox outbox;

    @Inject
    NoticeMailer mailer;

    @Override
    public List<UnsentMail> unsentMails(Actor administrator) {
        administrator.require(Role.ADMINISTRATOR);
        return outbox.unsent();
    }

    @Override
    public void retryMail(Actor administrator, long mailId) {
        administrator.require(Role.ADMINISTRATOR);
        outbox.retryNow(administrator.username(), mailId);
        mailer.sendSoon();
    }

    @Override
    public void withdrawMail(Actor administrator, long mailId) {
        administrator.require(Role.ADMINISTRATOR);
        outbox.withdraw(administrator.username(), mailId);
    }
}
