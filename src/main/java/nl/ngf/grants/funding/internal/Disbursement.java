package nl.ngf.grants.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of the disbursement ledger: one tranche paid. The database allows one per tranche. */
@Entity
@Table(name = "disbursement")
class Disbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_funding_id")
    Long id;

    @Column(name = "tranche_id", nullable = false, updatable = false)
    long trancheId;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    long partnershipId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    long programmeId;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    long amountCents;

    @Column(name = "authorised_by", nullable = false, updatable = false, length = 60)
    String authorisedBy;

    @Column(name = "released_at", nullable = false, updatable = false)
    Instant releasedAt;

    protected Disbursement() {
    }

    /** What the ledger has paid for a programme, in cents (the sum's Java type differs per database). */
    static long releasedToProgramme(jakarta.persistence.EntityManager em, long programmeId) {
        Number released = em.createQuery("select sum(d.amountCents) from Disbursement d where d.programmeId = :programme", Number.class)
                .setParameter("programme", programmeId).getSingleResult();
        return released == null ? 0 : released.longValue();
    }

    /** How many ledger lines a tranche has: 0 or 1 (the database allows no more). */
    static long linesOf(jakarta.persistence.EntityManager em, long trancheId) {
        return em.createQuery("select count(d) from Disbursement d where d.trancheId = :tranche", Long.class)
                .setParameter("tranche", trancheId).getSingleResult();
    }

    /** What the ledger has paid to a PPS, in cents (the sum's Java type differs per database: read as a Number). */
    static long releasedToPartnership(jakarta.persistence.EntityManager em, long partnershipId) {
        Number released = em.createQuery("select sum(d.amountCents) from Disbursement d where d.partnershipId = :pps", Number.class)
                .setParameter("pps", partnershipId).getSingleResult();
        return released == null ? 0 : released.longValue();
    }

    /** The ledger's lines for a programme, in the order they were paid. */
    static java.util.List<Disbursement> ofProgramme(jakarta.persistence.EntityManager em, long programmeId) {
        return em.createQuery("select d from Disbursement d where d.programmeId = :programme order by d.releasedAt, d.id",
                Disbursement.class).setParameter("programme", programmeId).getResultList();
    }

    Disbursement(long trancheId, long partnershipId, long programmeId, long amountCents, String authorisedBy, Instant releasedAt) {
        this.trancheId = trancheId;
        this.partnershipId = partnershipId;
        this.programmeId = programmeId;
        this.amountCents = amountCents;
        this.authorisedBy = authorisedBy;
        this.releasedAt = releasedAt;
    }
}
