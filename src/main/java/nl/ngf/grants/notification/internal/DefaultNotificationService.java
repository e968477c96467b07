package nl.ngf.grants.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.notification.NotificationService;
import nl.ngf.grants.notification.UnsentMail;
import nl.ngf.grants.shared.NotAllowedException;

@ApplicationScoped
public class DefaultNotificationService implements NotificationService {

    @Inject
    Outbox outbox;

    @Inject
    NoticeMailer mailer;

    @Override
    public List<UnsentMail> unsentMails(Actor administrator) {
        require(administrator);
        return outbox.unsent();
    }

    @Override
    public void retryMail(Actor administrator, long mailId) {
        require(administrator);
        outbox.retryNow(administrator.username(), mailId);
        mailer.sendSoon();
    }

    private static void require(Actor actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowedException("access.notAllowed");
        }
    }
}
