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

    /**
     * How long an entry's details may be; longer details are cut off, ending in "…". Below the 32,767 characters a
     * spreadsheet cell holds, so that the XLSX exports of the log and the timelines hold every entry whole.
     */
    int MAX_DETAILS = 32_000;

    /**
     * Records an entry in the caller's transaction: it joins the chain when the transaction commits, after the entries of
     * every transaction that committed before, and is gone with it when it rolls back. {@code details} holds the
     * essential values (before → after) and, for a decision, why it was taken (see {@link #quoted}), at most
     * {@link #MAX_DETAILS} characters.
     */
    void record(String actor, String action, String objectType, Object objectId, String details);

    /**
     * A text someone typed, as an entry's details give it: {@code name="the text"}, whole and verbatim, a quotation mark
     * in it doubled. A decision's entry carries its reasoning this way, so that the chain holds why as well as what, and
     * the auditor's timeline reads both.
     */
    static String quoted(String name, String text) {
        return name + "=\"" + (text == null ? "" : text.replace("\"", "\"\"")) + "\"";
    }

    /** A text someone may leave empty, after the details before it: {@code ; name="the text"}, or nothing when there is none. */
    static String alsoQuoted(String name, String text) {
        return text == null ? "" : "; " + quoted(name, text);
    }

    /** The entries matching the search, newest first, at most {@code limit}; administrators only. */
    default List<AuditEntryView> search(Actor reader, AuditSearch search, int limit) {
        return search(reader, search, 0, limit);
    }

    /**
     * One page of the entries matching the search, newest first: {@code size} of them after skipping the {@code first}
     * newer ones; administrators only. With {@code lastSeq} set to what {@link #count} found newest, the pages read
     * one after another hold exactly the entries counted, however many are recorded meanwhile.
     */
    List<AuditEntryView> search(Actor reader, AuditSearch search, int first, int size);

    /** How many entries match the search, and the newest of them; administrators only. */
    Matches count(Actor reader, AuditSearch search);

    /** How many entries a search matches, and the number of the newest (null when none does). */
    record Matches(long count, Long newestSeq) {
    }

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

        /** The same search, of the entries up to this number only (the newest a count found), or as it is for null. */
        public AuditSearch upTo(Long seq) {
            return seq == null || (lastSeq != null && lastSeq <= seq) ? this
                    : new AuditSearch(actor, action, objectType, objectId, from, until, firstSeq, seq);
        }
    }
}
