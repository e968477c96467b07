package nl.ngf.grants.notification.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.OptimisticLockException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ngf.grants.shared.ApplicantNotice;
import nl.ngf.grants.shared.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails a notice (a new task, a reminder) to the organisation's applicants. The mails are queued in the
 * transaction of the step that sent the notice (a step that rolls back, and is retried, mails nothing) and sent
 * once it has committed, beside the engine's job, never holding it up on a slow mail server; one mail per
 * applicant, so no one sees a colleague's address. A mail the server did not take is tried again later, also
 * after a restart; what went out, to whom, or why nothing did, is recorded in the audit trail.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());
    private static final int BATCH = 100;

    @Inject
    MailSettings settings;

    @Inject
    Outbox outbox;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** How often the mails due again (after a failed attempt or a stop) are looked for. */
    @Inject
    @ConfigProperty(name = "ngf.mail.retry-check-seconds", defaultValue = "60")
    long retryCheckSeconds;

    /** How long a sent mail stays in the outbox. */
    @Inject
    @ConfigProperty(name = "ngf.mail.keep-sent-days", defaultValue = "30")
    int keepSentDays;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final ReentrantLock sending = new ReentrantLock();
    private ScheduledFuture<?> retries;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        checkSettings();
        retries = scheduler.scheduleWithFixedDelay(this::check, retryCheckSeconds, retryCheckSeconds, TimeUnit.SECONDS);
    }

    /** Stops the start-up on a check that could not be scheduled (none, or a negative one) or a negative time to keep a mail. */
    void checkSettings() {
        Settings.requireBetween("ngf.mail.retry-check-seconds", retryCheckSeconds, 1, 24 * 60 * 60);
        Settings.requireBetween("ngf.mail.keep-sent-days", keepSentDays, 0, 3650);
    }

    /** The regular check: sends what is due again, and removes the mails sent long enough ago. */
    private void check() {
        sendWhatIsDue();
        try {
            removeOldSent();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Removing the mails sent long ago failed; it is done again at the next check", e);
        }
    }

    /** Removes the mails sent (or withdrawn) more than {@code ngf.mail.keep-sent-days} ago; returns how many. */
    public int removeOldSent() {
        return outbox.removeSentLongerAgoThan(Duration.ofDays(keepSentDays));
    }

    @PreDestroy
    void stop() {
        if (retries != null) {
            retries.cancel(false);
        }
    }

    void noticed(@Observes ApplicantNotice notice) {
        outbox.queue(notice);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicantNotice notice) {
        sendSoon();
    }

    /** Sends what is due now beside the caller, who never waits for the mail server. */
    void sendSoon() {
        executor.execute(this::sendWhatIsDue);
    }

    /**
     * Sends what is due, one run at a time on this node; a request while a run is going on makes it look again
     * when it is done, so nothing queued meanwhile waits for the next check.
     */
    private void sendWhatIsDue() {
        requested.set(true);
        while (requested.get() && sending.tryLock()) {
            try {
                requested.set(false);
                sendDue();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Sending the queued mails broke off; they are tried again at the next check", e);
            } finally {
                sending.unlock();
            }
        }
    }

    /** Sends every mail that is due now, each by one attempt at a time (across nodes too); returns how many went out. */
    public int sendDue() {
        int sent = 0;
        List<Long> due;
        do {
            // A mail tried is due no more (sent, given up, or waiting for its next attempt), so each batch is new.
            due = outbox.due(BATCH);
            for (long id : due) {
                sent += sendOne(id) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean sendOne(long id) {
        Optional<Outbox.Attempt> attempt;
        try {
            attempt = outbox.attempt(id);
        } catch (RuntimeException e) {
            if (takenByAnotherAttempt(e)) {
                return false;
            }
            throw e;
        }
        if (attempt.isEmpty()) {
            return false;
        }
        try {
            send(attempt.get());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Mail " + id + " not sent");
            outbox.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
        outbox.sent(id);
        return true;
    }

    private static boolean takenByAnotherAttempt(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private void send(Outbox.Attempt attempt) throws MessagingException {
        Session session = settings.session();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(attempt.address(), true));
        message.setSubject(attempt.subject(), StandardCharsets.UTF_8.name());
        message.setText(attempt.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", "nl, en");
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
