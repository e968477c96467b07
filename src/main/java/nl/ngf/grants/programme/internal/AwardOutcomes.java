package nl.ngf.grants.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** What the grantAward model's own steps do to a programme. Used only by this module's delegates. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AwardOutcomes {

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    public void award(long programmeId) {
        programme(programmeId).markAwarded();
    }

    public void reject(long programmeId) {
        programme(programmeId).markRejected();
    }

    public void withdraw(long programmeId) {
        programme(programmeId).markWithdrawn();
    }

    public void remindApplicant(long programmeId) {
        programme(programmeId).recordReminder(Instant.now());
    }

    public void deadlinePassed(long programmeId) {
        programme(programmeId).recordDeadlinePassed(Instant.now());
    }

    private Programme programme(long programmeId) {
        Programme programme = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new IllegalStateException("No programme " + programmeId);
        }
        return programme;
    }
}
