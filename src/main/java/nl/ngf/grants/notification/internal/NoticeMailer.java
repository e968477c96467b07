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
import nl.ngf.grants.shared.ApplicantNotice;

/**
 * Mails a notice (a new task, a reminder) to the organisation's applicants once the step that sent it has
 * committed: a step that rolls back (and is retried) mails nothing. The mailing runs beside the engine's job, never
 * holding it up on a slow mail server; one mail per applicant, so no one sees a colleague's address. What went
 * out, to whom, or why nothing did, is recorded in the audit trail.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    IdentityService identity;

    @Inject
    MailLog log;

    @Resource
    ManagedExecutorService executor;

    void noticed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicantNotice notice) {
        executor.execute(() -> mail(notice));
    }

    void mail(ApplicantNotice notice) {
        try {
            if (!settings.configured()) {
                log.notMailed(notice, "no mail server configured (ngf.mail.host)");
                return;
            }
            List<MailRecipient> recipients = identity.applicantsToMail(notice.organisationId());
            if (recipients.isEmpty()) {
                log.notMailed(notice, "no active applicant of the organisation has an e-mail address");
                return;
            }
            Session session = settings.session();
            String link = settings.link(notice.page());
            List<String> sent = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (MailRecipient recipient : recipients) {
                try {
                    send(session, recipient, NoticeMail.of(notice, recipient.displayName(), link));
                    sent.add(recipient.username());
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "Mail about " + notice.objectType() + " " + notice.objectId()
                            + " not mailed to " + recipient.username());
                    failed.add(recipient.username() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                }
            }
            log.mailed(notice, sent, failed);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Mail about " + notice.objectType() + " " + notice.objectId() + " not mailed");
            try {
                log.failed(notice, e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException auditFailed) {
                LOG.log(Level.SEVERE, auditFailed, () -> "The failed mailing about " + notice.objectType() + " "
                        + notice.objectId() + " could not be recorded either");
            }
        }
    }

    private void send(Session session, MailRecipient recipient, NoticeMail mail) throws MessagingException {
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
