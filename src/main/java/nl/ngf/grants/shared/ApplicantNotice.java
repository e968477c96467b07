package nl.ngf.grants.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * An applicant organisation has something to hand in: a task of theirs was just created, or its deadline is
 * near. Recorded in the transaction that fired this event, and mailed to the organisation's applicants once it
 * commits. {@code about} names the case as its task does ("NGF-2026-001 Opschaling …", "PPS … – tranche 2");
 * {@code page} is where to act, relative to the application's address; {@code objectType} and {@code objectId}
 * the record the audit trail names.
 */
public record ApplicantNotice(long organisationId, Occasion occasion, Kind kind, String about, LocalDate deadline, String page,
                              String objectType, long objectId) {

    /** The applicant's task list narrowed to what is searched for: where a notice about that case sends them. */
    public static String inboxSearching(String term) {
        return "workflow/inbox.xhtml?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8);
    }

    /** Why the applicants hear of it now. */
    public enum Occasion {
        /** The task was just created: a new revision round, a withheld tranche's plan. */
        TASK_WAITING,
        /** The reminder before the task's deadline. */
        REMINDER
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
