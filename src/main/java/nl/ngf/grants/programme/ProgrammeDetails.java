package nl.ngf.grants.programme;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ngf.grants.documents.DocumentView;
import nl.ngf.grants.shared.Money;

/**
 * Everything the programme page shows: the award, its conditions, every revision round, completeness
 * check, assessment (with its verdict per condition), deadline decision and model event.
 */
public record ProgrammeDetails(ProgrammeSummary summary, long organisationId, Integer plannedPpsCount,
                               String registeredBy, Instant registeredAt,
                               List<Condition> conditions, List<Revision> revisions,
                               List<CompletenessCheck> completenessChecks, List<Assessment> assessments,
                               List<DeadlineDecision> deadlineDecisions, List<Event> events, List<Comment> comments) implements Serializable {

    public record Condition(long id, int position, String text) implements Serializable {
    }

    public record Answer(long conditionId, int position, String conditionText, String answer) implements Serializable {
    }

    public record Revision(int round, String summary, Integer ppsCount, String submittedBy, Instant submittedAt,
                           List<Answer> answers, List<DocumentView> documents) implements Serializable {
    }

    public record CompletenessCheck(int round, boolean complete, String remarks, String checkedBy, Instant checkedAt) implements Serializable {
    }

    public record Verdict(long conditionId, int position, String conditionText, boolean met, String reasoning) implements Serializable {
    }

    public record Assessment(int round, AssessmentOutcome outcome, Money awarded, String reasoning, String assessedBy,
                             Instant assessedAt, List<Verdict> verdicts) implements Serializable {
    }

    public record DeadlineDecision(DeadlineChoice choice, LocalDate oldDeadline, LocalDate newDeadline, String reason,
                                   String decidedBy, Instant decidedAt) implements Serializable {
    }

    public record Comment(String author, String authorName, String text, Instant createdAt) implements Serializable {
    }

    /** {@code kind} is REMINDER_SENT or DEADLINE_PASSED. */
    public record Event(String kind, Instant occurredAt, LocalDate deadline) implements Serializable {
    }

    /** The latest revision, or null before the first submission. */
    public Revision latestRevision() {
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }

    /** The remarks of the latest completeness check when it sent the plan back, else null. */
    public CompletenessCheck openRemarks() {
        if (completenessChecks.isEmpty()) {
            return null;
        }
        CompletenessCheck last = completenessChecks.get(completenessChecks.size() - 1);
        return !last.complete() && last.round() == revisions.size() ? last : null;
    }

    /** The latest assessment when it asked for another round, else null. */
    public Assessment openVerdicts() {
        if (assessments.isEmpty()) {
            return null;
        }
        Assessment last = assessments.get(assessments.size() - 1);
        return last.outcome() == AssessmentOutcome.REVISE_AGAIN && last.round() == revisions.size() ? last : null;
    }
}
