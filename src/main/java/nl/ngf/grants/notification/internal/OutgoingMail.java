package nl.ngf.grants.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ngf.grants.shared.ApplicantNotice;

/**
 * One mail to one applicant, waiting to go out, going out, sent or given up. An attempt first takes the mail for a
 * while (so that no other node or thread sends it meanwhile, and a node that stops mid-attempt leaves it to be
 * tried again when that while is over); a failed attempt is tried again later, at growing intervals, and after
 * {@link #MAX_ATTEMPTS} the mail is given up. An administrator may have a mail that was not sent tried once more (to
 * the address its recipient has by then), or withdraw it.
 */
@Entity
@Table(name = "outgoing_mail")
@SequenceGenerator(name = "ngf_outgoing_mail_id", sequenceName = "ngf_id_seq", allocationSize = 50)
class OutgoingMail {

    /** How long an attempt has before the mail is free to be tried again (well above the mail server's timeouts). */
    static final Duration ATTEMPT_LEASE = Duration.ofMinutes(5);
    /** The wait after each failed attempt; after the last the mail is given up (about eleven hours after the first). */
    static final List<Duration> RETRY_AFTER = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(8));
    static final int MAX_ATTEMPTS = RETRY_AFTER.size() + 1;
    private static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_outgoing_mail_id")
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "occasion", nullable = false, updatable = false, length = 20)
    ApplicantNotice.Occasion occasion;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    ApplicantNotice.Kind kind;

    @Column(name = "deadline", nullable = false, updatable = false)
    LocalDate deadline;

    @Column(name = "object_type", nullable = false, updatable = false, length = 40)
    String objectType;

    @Column(name = "object_id", nullable = false, updatable = false)
    long objectId;

    /** The recipient's user name: what the audit trail names (never their address). */
    @Column(name = "recipient", nullable = false, updatable = false, length = 200)
    String recipient;

    /** The organisation whose applicant the recipient was when the mail was queued (null: not known, see V23). */
    @Column(name = "organisation_id", updatable = false)
    Long organisationId;

    @Column(name = "address", nullable = false, length = 254)
    String address;

    @Column(name = "subject", nullable = false, updatable = false, length = 1000)
    String subject;

    @Column(name = "body", nullable = false, updatable = false, length = 8000)
    String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "sent_at")
    Instant sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    String lastError;

    /** Until when the attempt that took the mail has it (null: no attempt running, or one that stopped unrecorded). */
    @Column(name = "taken_until")
    Instant takenUntil;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 200)
    String withdrawnBy;

    @Version
    long version;

    protected OutgoingMail() {
    }

    OutgoingMail(ApplicantNotice notice, String recipient, String address, NoticeMail mail, Instant now) {
        this.occasion = notice.occasion();
        this.kind = notice.kind();
        this.deadline = notice.deadline();
        this.objectType = notice.objectType();
        this.objectId = notice.objectId();
        this.organisationId = notice.organisationId();
        this.recipient = recipient;
        this.address = address;
        this.subject = mail.subject();
        this.body = mail.body();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * True when an attempt may start now: the mail is neither sent, given up nor withdrawn, and not taken by a running
     * attempt.
     */
    boolean due(Instant now) {
        return unsent() && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** Takes the mail for one attempt. */
    void attempt(Instant now) {
        if (!due(now)) {
            throw new IllegalStateException("Mail " + id + " is not due");
        }
        attempts++;
        takenUntil = now.plus(ATTEMPT_LEASE);
        nextAttemptAt = takenUntil;
    }

    /** True while an attempt has the mail: the mail server may be taking it at this moment. */
    boolean beingSent(Instant now) {
        return takenUntil != null && takenUntil.isAfter(now);
    }

    void sent(Instant now) {
        sentAt = now;
        takenUntil = null;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Neither sent nor withdrawn: an administrator may still have it tried again, or withdraw it. */
    boolean unsent() {
        return sentAt == null && withdrawnAt == null;
    }

    /**
     * Due now, for one more attempt, to {@code currentAddress} (the recipient's address by now); after a given-up
     * mail's it is given up again, when that one fails too.
     */
    void retryNow(Instant now, String currentAddress) {
        requireAtRest(now);
        address = currentAddress;
        nextAttemptAt = now;
    }

    /** Never to be sent: no further attempt, and no longer listed as waiting. */
    void withdraw(Instant now, String administrator) {
        requireAtRest(now);
        withdrawnAt = now;
        withdrawnBy = administrator;
        nextAttemptAt = null;
    }

    private void requireAtRest(Instant now) {
        if (!unsent()) {
            throw new IllegalStateException("Mail " + id + " was sent or withdrawn");
        }
        if (beingSent(now)) {
            throw new IllegalStateException("Mail " + id + " is being sent");
        }
    }

    /** Records why the attempt failed; true when the mail is given up, false when it is tried again later. */
    boolean failed(Instant now, String error) {
        takenUntil = null;
        lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (attempts >= MAX_ATTEMPTS || withdrawnAt != null) {
            // The last attempt, or one that was running when an administrator withdrew the mail.
            nextAttemptAt = null;
            return true;
        }
        nextAttemptAt = now.plus(RETRY_AFTER.get(attempts - 1));
        return false;
    }

    boolean givenUp() {
        return unsent() && nextAttemptAt == null;
    }
}
