package nl.ngf.grants.programme.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** What the grantAward model does at its end states. Used only by this module's delegates. */
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

    private Programme programme(long programmeId) {
        Programme programme = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new IllegalStateException("No programme " + programmeId);
        }
        return programme;
    }
}
