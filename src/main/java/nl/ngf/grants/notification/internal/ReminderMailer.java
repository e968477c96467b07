package nl.ngf.grants.notification.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.MailRecipient;
import nl.ngf.grants.shared.ApplicantReminded;

/**
 * Mails a reminder to the organisation's applicants once the step that sent it has committed: a step that rolls
 * back (and is retried) mails nothing. The mailing runs beside the engine's job, never holding it up on a slow
 * mail server; one mail per applicant, so no one sees a colleague's address. What went out, to whom, or why
 * nothing did, is recorded in the audit trail.
 */
@ApplicationScoped
public class ReminderMailer {

    private static final Logger LOG = Logger.getLogger(ReminderMailer.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    IdentityService identity;

    @Inject
    MailLog log;

    @Resource
    ManagedExecutorService executor;

    void reminded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicantReminded reminder) {
        executor.execute(() -> mail(reminder));
    }

    void mail(ApplicantReminded reminder) {
        try {
            if (!settings.configured()) {
                log.notMailed(reminder, "no mail server configured (ngf.mail.host)");
                return;
            }
            List<MailRecipient> recipients = identity.applicantsToMail(reminder.organisationId());
            if (recipients.isEmpty()) {
                log.notMailed(reminder, "no active applicant of the organisation has an e-mail address");
                return;
            }
            Session session = settings.session();
            String link = settings.link(reminder.page());
            List<String> sent = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (MailRecipient recipient : recipients) {
                try {
                    send(session, recipient, ReminderMail.of(reminder, recipient.displayName(), link));
                    sent.add(recipient.username());
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "Reminder about " + reminder.objectType() + " " + reminder.objectId()
                            + " not mailed to " + recipient.username());
                    failed.add(recipient.username() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                }
            }
            log.mailed(reminder, sent, failed);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Reminder about " + reminder.objectType() + " " + reminder.objectId() + " not mailed");
            try {
                log.failed(reminder, e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException auditFailed) {
                LOG.log(Level.SEVERE, auditFailed, () -> "The failed mailing of reminder about " + reminder.objectType() + " "
                        + reminder.objectId() + " could not be recorded either");
            }
        }
    }

    private void send(Session session, MailRecipient recipient, ReminderMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient.email(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", "nl, en");
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
