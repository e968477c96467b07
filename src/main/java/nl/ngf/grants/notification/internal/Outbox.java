package nl.ngf.grants.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.MailRecipient;
import nl.ngf.grants.notification.UnsentMail;
import nl.ngf.grants.shared.ApplicantNotice;
import nl.ngf.grants.shared.DomainException;

/**
 * The mails waiting to go out. A notice is queued in the transaction of the step that sent it, one mail per
 * applicant to mail; each attempt to send one takes it in a short transaction of its own, and its outcome is
 * recorded (and audited) in another.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** A mail taken for one attempt: what goes over the wire. */
    record Attempt(long id, String address, String subject, String body) {
    }

    @PersistenceContext(unitName = "ngf")
    EntityManager entityManager;

    @Inject
    IdentityService identity;

    @Inject
    MailSettings settings;

    @Inject
    MailLog log;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    /** Queues the notice's mails with the step that sent it, or records why there are none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(ApplicantNotice notice) {
        if (!settings.configured()) {
            log.notMailed(notice, "no mail server configured (ngf.mail.host)");
            return;
        }
        List<MailRecipient> recipients = identity.applicantsToMail(notice.organisationId());
        if (recipients.isEmpty()) {
            log.notMailed(notice, "no active applicant of the organisation has an e-mail address");
            return;
        }
        String link = settings.link(notice.page());
        Instant now = clock.instant();
        List<OutgoingMail> mails;
        try {
            mails = recipients.stream().map(r -> new OutgoingMail(notice, r.username(), r.email(),
                    NoticeMail.of(notice, r.displayName(), link), now)).toList();
        } catch (RuntimeException e) {
            // A mail that cannot be written (a text missing from the bundle, say) never holds up the step itself.
            LOG.log(Level.SEVERE, e, () -> "No mail could be written about " + notice.objectType() + " " + notice.objectId());
            log.notMailed(notice, "the mail could not be written (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return;
        }
        mails.forEach(entityManager::persist);
    }

    /** The mails an attempt may start on now, the longest waiting first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int atMost) {
        return entityManager.createQuery("select m.id from OutgoingMail m where m.nextAttemptAt <= :now and m.withdrawnAt is null"
                + " order by m.nextAttemptAt, m.id",
                Long.class).setParameter("now", clock.instant()).setMaxResults(atMost).getResultList();
    }

    /**
     * Takes a due mail for one attempt. Empty when it is not due (any more). The mail is locked while it is taken: of
     * two attempts at the same moment (two nodes), or an attempt and an administrator trying it again or withdrawing it,
     * the second waits for the first and then reads what it left (taken, sent or withdrawn), instead of failing on
     * the mail's version when it commits (an error in the server's log for a race the outbox is meant to settle).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Attempt> attempt(long id) {
        OutgoingMail mail = entityManager.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (mail == null || !mail.due(now)) {
            return Optional.empty();
        }
        mail.attempt(now);
        return Optional.of(new Attempt(id, mail.address, mail.subject, mail.body));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id) {
        OutgoingMail mail = entityManager.find(OutgoingMail.class, id);
        mail.sent(clock.instant());
        log.mailed(mail);
    }

    /**
     * Removes the mails sent or withdrawn longer than {@code kept} ago: their text, with the recipient's name and
     * address, is kept no longer than needed (the audit trail keeps that each went out or was withdrawn, to whom and
     * when). Returns how many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int removeSentLongerAgoThan(Duration kept) {
        return entityManager.createQuery("delete from OutgoingMail m where m.sentAt < :cutoff or m.withdrawnAt < :cutoff")
                .setParameter("cutoff", clock.instant().minus(kept)).executeUpdate();
    }

    /** Every mail an attempt failed on, and neither sent nor withdrawn since: waiting for its next attempt, or given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UnsentMail> unsent() {
        Instant now = clock.instant();
        // Each organisation's applicants looked up once, however many of its mails are listed.
        Map<Long, List<MailRecipient>> applicants = new HashMap<>();
        return entityManager.createQuery("select m from OutgoingMail m where m.sentAt is null and m.withdrawnAt is null and m.lastError is not null"
                + " order by m.createdAt, m.id", OutgoingMail.class).getResultList().stream().map(m -> {
                    Optional<MailRecipient> recipient = recipientNow(m, organisation -> applicants.computeIfAbsent(organisation,
                            identity::applicantsToMail));
                    return new UnsentMail(m.id, m.recipient, recipient.map(MailRecipient::displayName).orElse(null),
                            recipient.isPresent(), m.subject, m.objectType, m.objectId, m.createdAt, m.attempts,
                            m.lastError, m.beingSent(now), m.nextAttemptAt);
                }).toList();
    }

    /**
     * Makes a mail that was not sent due now, for one more attempt, to the address its recipient has now (put right
     * since, say); recorded as done by {@code administrator}. Refused when the recipient no longer gets this
     * organisation's mail: switched off, without an address, or no longer its applicant.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryNow(String administrator, long id) {
        OutgoingMail mail = unsent(id);
        String address = currentAddress(mail).orElseThrow(() -> new DomainException("mail.recipientGone", mail.recipient));
        log.retried(administrator, mail, !address.equals(mail.address));
        mail.retryNow(clock.instant(), address);
    }

    /** Withdraws a mail that was not sent: it is never sent, nor listed as waiting. An administrator's decision, audited. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void withdraw(String administrator, long id) {
        OutgoingMail mail = unsent(id);
        mail.withdraw(clock.instant(), administrator);
        log.withdrawn(administrator, mail);
    }

    /**
     * A mail neither sent nor withdrawn, and not being sent at this moment (which could send it twice); locked, so
     * that an attempt taking it at the same moment waits for this decision, or this one for that attempt.
     */
    private OutgoingMail unsent(long id) {
        OutgoingMail mail = entityManager.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.unsent()) {
            throw new DomainException("mail.notUnsent");
        }
        if (mail.beingSent(clock.instant())) {
            throw new DomainException("mail.beingSent");
        }
        return mail;
    }

    private Optional<String> currentAddress(OutgoingMail mail) {
        return recipientNow(mail, identity::applicantsToMail).map(MailRecipient::email);
    }

    /**
     * The recipient as they get the organisation's mail now, among the organisation's {@code applicants}: empty when
     * they no longer do (or, for a mail queued before mails named their organisation whose recipient was gone by
     * then, it is not known).
     */
    private static Optional<MailRecipient> recipientNow(OutgoingMail mail, Function<Long, List<MailRecipient>> applicants) {
        if (mail.organisationId == null) {
            return Optional.empty();
        }
        return applicants.apply(mail.organisationId).stream().filter(r -> r.username().equals(mail.recipient)).findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String error) {
        OutgoingMail mail = entityManager.find(OutgoingMail.class, id);
        boolean givenUp = mail.failed(clock.instant(), error);
        log.failed(mail, givenUp);
    }
}
