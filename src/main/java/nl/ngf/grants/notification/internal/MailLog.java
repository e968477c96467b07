package nl.ngf.grants.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.shared.ApplicantReminded;

/** Records each mailing in the audit trail, in a transaction of its own (the reminder's own has committed). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailLog {

    @Inject
    AuditTrail audit;

    public void mailed(ApplicantReminded reminder, List<String> to, List<String> failed) {
        audit.record(AuditTrail.ENGINE, failed.isEmpty() ? "reminder.mailed" : "reminder.mailFailed", reminder.objectType(),
                reminder.objectId(), "kind=" + reminder.kind() + "; deadline=" + reminder.deadline() + "; to=" + String.join(", ", to)
                        + (failed.isEmpty() ? "" : "; failed=" + String.join(", ", failed)));
    }

    /** Nothing went out: the mailing broke off before any mail was sent (no session, the recipients unreadable). */
    public void failed(ApplicantReminded reminder, String reason) {
        audit.record(AuditTrail.ENGINE, "reminder.mailFailed", reminder.objectType(), reminder.objectId(),
                "kind=" + reminder.kind() + "; deadline=" + reminder.deadline() + "; reason=" + reason);
    }

    public void notMailed(ApplicantReminded reminder, String reason) {
        audit.record(AuditTrail.ENGINE, "reminder.notMailed", reminder.objectType(), reminder.objectId(),
                "kind=" + reminder.kind() + "; deadline=" + reminder.deadline() + "; reason=" + reason);
    }
}
