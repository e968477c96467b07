package nl.ngf.grants.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The chain's last entry: locked by every commit that appends, so entries are numbered and chained one at a time. */
@Entity
@Table(name = "audit_head")
class AuditHead {

    @Id
    Integer id;

    @Column(name = "last_seq", nullable = false)
    long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    String lastHash;

    protected AuditHead() {
    }
}
