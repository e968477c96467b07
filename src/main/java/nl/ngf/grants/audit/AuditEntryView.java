package nl.ngf.grants.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit entry as the audit log shows it. */
public record AuditEntryView(long seq, Instant recordedAt, String actor, String action, String objectType, String objectId,
                             String details, String hash) implements Serializable {
}
