package nl.ngf.grants.audit;

import java.time.Instant;
import java.util.List;
import nl.ngf.grants.identity.Actor;

/**
 * Records what happened, in the caller's transaction: an action that rolls back leaves no entry, and
 * one that commits cannot lose it. Reading and verifying is for administrators (auditors).
 */
public interface AuditTrail {

    /** Who acts when the engine itself takes a step (a timer, a release job). */
    String ENGINE = nl.ngf.grants.shared.SystemActors.ENGINE;

    /** Appends an entry; {@code details} holds the essential values (before → after), at most 4000 characters. */
    void record(String actor, String action, String objectType, Object objectId, String details);

    /** The entries matching the search, newest first, at most {@code limit}; administrators only. */
    List<AuditEntryView> search(Actor reader, AuditSearch search, int limit);

    /** Every entry about these objects of one type, oldest first; administrators only. */
    List<AuditEntryView> about(Actor reader, String objectType, java.util.Collection<String> objectIds);

    /** Every entry of exactly this action, oldest first (e.g. every payment the trail recorded); administrators only. */
    List<AuditEntryView> withAction(Actor reader, String action);

    /** Walks the whole chain and names the first entry that does not match; administrators only. */
    AuditVerification verify(Actor reader);

    /**
     * What to look for; null fields match everything. Text fields match a part, ignoring case; {@code firstSeq} and
     * {@code lastSeq} bound the entries' numbers, both included (an entry the verification named, with its neighbours).
     */
    record AuditSearch(String actor, String action, String objectType, String objectId, Instant from, Instant until,
                       Long firstSeq, Long lastSeq) {

        public AuditSearch(String actor, String action, String objectType, String objectId, Instant from, Instant until) {
            this(actor, action, objectType, objectId, from, until, null, null);
        }
    }
}
