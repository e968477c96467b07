package nl.ngf.grants.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.shared.ApplicantNotice;

/**
 * Records each mailing in the audit trail, in a transaction of its own (the notice's own has committed): a
 * reminder's as {@code reminder.*}, a new task's as {@code taskWaiting.*}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailLog {

    @Inject
    AuditTrail audit;

    private static String action(ApplicantNotice notice, String outcome) {
        return switch (notice.occasion()) {
            case REMINDER -> "reminder.";
            case TASK_WAITING -> "taskWaiting.";
        } + outcome;
    }

    private void record(ApplicantNotice notice, String outcome, String details) {
        audit.record(AuditTrail.ENGINE, action(notice, outcome), notice.objectType(), notice.objectId(),
                "kind=" + notice.kind() + "; deadline=" + notice.deadline() + "; " + details);
    }

    public void mailed(ApplicantNotice notice, List<String> to, List<String> failed) {
        record(notice, failed.isEmpty() ? "mailed" : "mailFailed",
                "to=" + String.join(", ", to) + (failed.isEmpty() ? "" : "; failed=" + String.join(", ", failed)));
    }

    /** Nothing went out: the mailing broke off before any mail was sent (no session, the recipients unreadable). */
    public void failed(ApplicantNotice notice, String reason) {
        record(notice, "mailFailed", "reason=" + reason);
    }

    public void notMailed(ApplicantNotice notice, String reason) {
        record(notice, "notMailed", "reason=" + reason);
    }
}
