package nl.ngf.grants.programme;

import java.time.LocalDate;
import java.util.List;
import nl.ngf.grants.identity.Actor;

/**
 * The award lifecycle. Each call is one transaction: the domain rows and the workflow step commit
 * together. Refusals are {@link nl.ngf.grants.shared.DomainException}s and change nothing.
 */
public interface ProgrammeService {

    /** A grant officer registers a conditional award; this starts the grantAward process. */
    long registerConditionalAward(Actor officer, ConditionalAwardRegistration registration);

    /** The applicant submits the revised plan, completing their reviseConditionalAward task. */
    void submitRevision(Actor applicant, String taskId, RevisionSubmission submission);

    /** A grant officer checks the latest revision for completeness, completing checkCompleteness. */
    void checkCompleteness(Actor officer, String taskId, CompletenessDecision decision);

    /** The committee records its assessment, completing the assessRevision task. */
    void assess(Actor committeeMember, String taskId, AssessmentDecision decision);

    /** A grant officer extends the passed deadline or withdraws the award, completing decideOnExpiredDeadline. */
    void decideOnExpiredDeadline(Actor officer, String taskId, ExpiredDeadlineDecision decision);

    /** A grant officer or the programme's applicant leaves a comment. */
    default void comment(Actor author, long programmeId, String text) {
        comment(author, programmeId, text, null);
    }

    /**
     * A grant officer or the programme's applicant leaves a comment from a form that names itself by this key
     * (SubmissionKey): sent twice, the comment is posted once.
     */
    void comment(Actor author, long programmeId, String text, String submissionKey);

    /** Whether this actor may comment on this programme. */
    boolean mayComment(Actor actor, ProgrammeDetails programme);

    /** The deadline a form proposes for a new revision round: today plus the configured period. */
    LocalDate suggestedDeadline();

    /** How many assessed rounds a programme may have (configuration). */
    int maxRevisionRounds();

    /** The programmes this actor may see: an applicant only their own organisation's. */
    List<ProgrammeSummary> programmes(Actor actor);

    /** A programme's status, for steps the engine takes on no user's behalf (the release of money). */
    ProgrammeStatus statusOf(long programmeId);

    /** One programme, if this actor may see it. */
    ProgrammeDetails programme(Actor actor, long programmeId);

    /** One programme as listed (no rounds, documents or comments), if this actor may see it. */
    ProgrammeSummary summary(Actor actor, long programmeId);

    /**
     * The programme's summary, read with its record held (locked) for the rest of the caller's transaction: a change to
     * the programme's PPSs or to how its money is divided holds it first, so that two such changes at once (two officers,
     * or one form sent twice) happen one after the other, the second seeing what the first did.
     */
    ProgrammeSummary summaryHeld(Actor actor, long programmeId);
}
