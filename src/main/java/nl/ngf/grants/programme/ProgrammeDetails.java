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

    /** How many PPSs the plan scales now: as the latest revision that says so has it, else as registered; null when none says. */
    public Integer currentPpsCount() {
        for (int i = revisions.size() - 1; i >= 0; i--) {
            if (revisions.get(i).ppsCount() != null) {
                return revisions.get(i).ppsCount();
            }
        }
        return plannedPpsCount;
    }

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

    /**
     * One step of the case as the timeline shows it: when, who, what (a message key with its
     * arguments) and the text that was written with it, if any.
     */
    public record TimelineEntry(Instant at, String who, String what, List<Object> arguments, String text) implements Serializable {
    }

    /** The whole case in the order it happened. */
    public List<TimelineEntry> timeline() {
        List<TimelineEntry> entries = new java.util.ArrayList<>();
        entries.add(new TimelineEntry(registeredAt, registeredBy, "timeline.registered",
                List.of(summary.conditional()), null));
        revisions.forEach(r -> entries.add(new TimelineEntry(r.submittedAt(), r.submittedBy(), "timeline.revised",
                List.of(r.round(), r.documents().size()), r.summary())));
        completenessChecks.forEach(c -> entries.add(new TimelineEntry(c.checkedAt(), c.checkedBy(),
                c.complete() ? "timeline.complete" : "timeline.incomplete", List.of(c.round()), c.remarks())));
        assessments.forEach(a -> entries.add(new TimelineEntry(a.assessedAt(), a.assessedBy(), "timeline.assessed." + a.outcome(),
                a.awarded() == null ? List.of(a.round()) : List.of(a.round(), a.awarded()), a.reasoning())));
        deadlineDecisions.forEach(d -> entries.add(new TimelineEntry(d.decidedAt(), d.decidedBy(), "timeline.deadline." + d.choice(),
                d.newDeadline() == null ? List.of(d.oldDeadline()) : List.of(d.oldDeadline(), d.newDeadline()), d.reason())));
        events.forEach(e -> entries.add(new TimelineEntry(e.occurredAt(), null, "timeline." + e.kind(), List.of(e.deadline()), null)));
        comments.forEach(c -> entries.add(new TimelineEntry(c.createdAt(), c.author(), "timeline.comment", List.of(), c.text())));
        entries.sort(java.util.Comparator.comparing(TimelineEntry::at));
        return entries;
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
