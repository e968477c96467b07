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

    private void record(ApplicantNotice.Occasion occasion, ApplicantNotice.Kind kind, LocalDate deadline, String objectType,
                        long objectId, String outcome, String details) {
        String action = switch (occasion) {
            case REMINDER -> "reminder.";
            case TASK_WAITING -> "taskWaiting.";
        } + outcome;
        audit.record(AuditTrail.ENGINE, action, objectType, objectId, "kind=" + kind + "; deadline=" + deadline + "; " + details);
    }

    private void record(OutgoingMail mail, String outcome, String details) {
        record(mail.occasion, mail.kind, mail.deadline, mail.objectType, mail.objectId, outcome,
                "to=" + mail.recipient + "; attempt=" + mail.attempts + details);
    }

    /** Nothing is queued: no mail server, or nobody of the organisation to mail. */
    public void notMailed(ApplicantNotice notice, String reason) {
        record(notice.occasion(), notice.kind(), notice.deadline(), notice.objectType(), notice.objectId(), "notMailed", "reason=" + reason);
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
