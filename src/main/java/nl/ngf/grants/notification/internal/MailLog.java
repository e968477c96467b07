package nl.ngf.grants.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.shared.ApplicantNotice;

/**
 * Records in the audit trail what became of a notice's mails, in the transaction that decides it: a reminder's as
 * {@code reminder.*}, a new task's as {@code taskWaiting.*}. The trail names the recipient by user name, never by
 * address.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MailLog {

    @Inject
    AuditTrail audit;

    private void record(String actor, ApplicantNotice.Occasion occasion, ApplicantNotice.Kind kind, LocalDate deadline,
                        String objectType, long objectId, String outcome, String details) {
        String action = switch (occasion) {
            case REMINDER -> "reminder.";
            case TASK_WAITING -> "taskWaiting.";
        } + outcome;
        audit.record(actor, action, objectType, objectId, "kind=" + kind + "; deadline=" + deadline + "; " + details);
    }

    private void record(OutgoingMail mail, String outcome, String details) {
        record(AuditTrail.ENGINE, mail.occasion, mail.kind, mail.deadline, mail.objectType, mail.objectId, outcome,
                "to=" + mail.recipient + "; attempt=" + mail.attempts + details);
    }

    /** Nothing is queued: no mail server, or nobody of the organisation to mail. */
    public void notMailed(ApplicantNotice notice, String reason) {
        record(AuditTrail.ENGINE, notice.occasion(), notice.kind(), notice.deadline(), notice.objectType(), notice.objectId(),
                "notMailed", "reason=" + reason);
    }

    /** An administrator had a mail that was not sent tried once more; called before it is made due, to say how it stood. */
    public void retried(String administrator, OutgoingMail mail, boolean readdressed) {
        record(administrator, mail.occasion, mail.kind, mail.deadline, mail.objectType, mail.objectId, "mailRetried",
                "to=" + mail.recipient + "; attempts=" + mail.attempts + "; " + (mail.givenUp() ? "given up" : "next attempt=" + mail.nextAttemptAt)
                        + "; error=" + mail.lastError + (readdressed ? "; to the recipient's address now, not the one it was queued with" : ""));
    }

    public void withdrawn(String administrator, OutgoingMail mail) {
        record(administrator, mail.occasion, mail.kind, mail.deadline, mail.objectType, mail.objectId, "mailWithdrawn",
                "to=" + mail.recipient + "; attempts=" + mail.attempts + "; error=" + mail.lastError);
    }

    public void mailed(OutgoingMail mail) {
        record(mail, "mailed", "");
    }

    /** An attempt failed: the mail is tried again at its next attempt, or given up. */
    public void failed(OutgoingMail mail, boolean givenUp) {
        record(mail, givenUp ? "mailGivenUp" : "mailFailed",
                "; error=" + mail.lastError + (givenUp ? "" : "; next attempt=" + mail.nextAttemptAt));
    }
}
