package nl.ngf.grants.audit.internal;

import java.time.Instant;
import nl.ngf.grants.audit.AuditVerification;

/**
 * Walks the chain entry by entry, oldest first, as the application and the command line read it: each
 * entry must be the next number, follow the hash of the one before, and hash to what it says. The first
 * that does not is named; the head (the last number and hash written) must be where the walk ends.
 */
final class ChainWalk {

    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private AuditVerification broken;

    /** The next entry of the walk; false once the chain is broken (here or before), after which nothing more counts. */
    boolean next(long seq, Instant recordedAt, String actor, String action, String objectType, String objectId, String details,
                 String previousHashWritten, String hashWritten) {
        if (broken != null) {
            return false;
        }
        if (seq != expectedSeq) {
            broken = new AuditVerification(false, expectedSeq - 1, expectedSeq, "missing");
        } else if (!previousHashWritten.equals(previousHash)) {
            broken = new AuditVerification(false, expectedSeq - 1, seq, "chain");
        } else if (!hashWritten.equals(AuditChain.hash(seq, recordedAt, actor, action, objectType, objectId, details, previousHashWritten))) {
            broken = new AuditVerification(false, expectedSeq - 1, seq, "altered");
        } else {
            previousHash = hashWritten;
            expectedSeq++;
            return true;
        }
        return false;
    }

    /** The next number the walk expects: where to read on from. */
    long expectedSeq() {
        return expectedSeq;
    }

    /** The outcome, once every entry has been given (or the chain broke): the head must name the last entry walked. */
    AuditVerification end(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
            return new AuditVerification(false, expectedSeq - 1, expectedSeq, "missing");
        }
        return new AuditVerification(true, expectedSeq - 1, null, null);
    }
}
