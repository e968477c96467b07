package nl.ngf.grants.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A reminder before an applicant organisation's deadline went out: recorded in the transaction that fired this
 * event, and mailed to the organisation's applicants once it commits. {@code about} names the case as its
 * task does ("NGF-2026-001 Opschaling …", "PPS … – tranche 2"); {@code page} is where to act, relative to the
 * application's address; {@code objectType} and {@code objectId} the record the audit trail names.
 */
public record ApplicantReminded(long organisationId, Kind kind, String about, LocalDate deadline, String page,
                                String objectType, long objectId) {

    /** The applicant's task list narrowed to what is searched for: where a reminder about that case sends them. */
    public static String inboxSearching(String term) {
        return "workflow/inbox.xhtml?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8);
    }

    /** What is due. */
    public enum Kind {
        /** The revised plan of a conditionally awarded programme. */
        REVISION,
        /** A PPS's progress report for its tranche. */
        PROGRESS_REPORT,
        /** A PPS's corrective-action plan for a withheld tranche. */
        CORRECTIVE_PLAN
    }
}
