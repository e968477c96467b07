package nl.ngf.grants.programme;

import java.time.Instant;
import java.util.List;

/** Everything the programme page shows: the award, its conditions, every revision and assessment. */
public record ProgrammeDetails(ProgrammeSummary summary, long organisationId, Integer plannedPpsCount,
                               String registeredBy, Instant registeredAt,
                               List<Condition> conditions, List<Revision> revisions, List<Assessment> assessments) {

    public record Condition(long id, int position, String text) {
    }

    public record Answer(long conditionId, int position, String conditionText, String answer) {
    }

    public record Revision(int round, String summary, Integer ppsCount, String submittedBy, Instant submittedAt,
                           List<Answer> answers) {
    }

    public record Assessment(int round, AssessmentOutcome outcome, nl.ngf.grants.shared.Money awarded,
                             String reasoning, String assessedBy, Instant assessedAt) {
    }
}
