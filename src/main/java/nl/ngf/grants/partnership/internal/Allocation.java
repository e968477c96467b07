package nl.ngf.grants.partnership.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The part of a programme's awarded amount a PPS gets, with its tranche schedule. */
@Entity
@Table(name = "allocation")
class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_partnership_id")
    Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    long programmeId;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    long partnershipId;

    @Column(name = "amount_cents", nullable = false)
    long amountCents;

    @Column(name = "allocated_by", nullable = false, updatable = false, length = 60)
    String allocatedBy;

    @Column(name = "allocated_at", nullable = false, updatable = false)
    Instant allocatedAt;

    @OneToMany(mappedBy = "allocation", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    List<PlannedTranche> tranches = new ArrayList<>();

    protected Allocation() {
    }

    Allocation(long programmeId, long partnershipId, long amountCents, String allocatedBy, Instant allocatedAt) {
        this.programmeId = programmeId;
        this.partnershipId = partnershipId;
        this.amountCents = amountCents;
        this.allocatedBy = allocatedBy;
        this.allocatedAt = allocatedAt;
    }
}
