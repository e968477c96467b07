package nl.ngf.grants.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit trail, as the application reads it. Written once, when the transaction that recorded it commits
 * (see {@link PendingEntries}); nothing in the application updates or deletes it.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    Long seq;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    @Column(nullable = false, updatable = false, length = 60)
    String actor;

    @Column(nullable = false, updatable = false, length = 60)
    String action;

    @Column(name = "object_type", nullable = false, updatable = false, length = 40)
    String objectType;

    @Column(name = "object_id", nullable = false, updatable = false, length = 64)
    String objectId;

    @Column(updatable = false, length = nl.ngf.grants.audit.AuditTrail.MAX_DETAILS)
    String details;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    String hash;

    protected AuditEntry() {
    }
}
