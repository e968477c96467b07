package nl.ngf.grants.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit entry as the audit log shows it. */
public record AuditEntryView(long seq, Instant recordedAt, String actor, String action, String objectType, String objectId,
                             String details, String hash) implements Serializable {

    /** What the action is about, with its dot ({@code tranche.} of {@code tranche.released}); empty when it names none. */
    public String actionSubject() {
        return subjectOf(action);
    }

    /** What was done ({@code released} of {@code tranche.released}); the whole action when it names no subject. */
    public String actionVerb() {
        return verbOf(action);
    }

    /** The subject of an action code, with its dot; empty when it names none. */
    public static String subjectOf(String action) {
        return action.substring(0, action.indexOf('.') + 1);
    }

    /** What an action code says was done; the whole code when it names no subject. */
    public static String verbOf(String action) {
        return action.substring(action.indexOf('.') + 1);
    }
}
