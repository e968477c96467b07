package nl.ngf.grants.testsupport;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.programme.AssessmentDecision;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.CompletenessDecision;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.RevisionSubmission;
import nl.ngf.grants.workflow.WorkflowService;

/**
 * Takes a conditionally awarded programme through one revision round to the unconditional award, as
 * its applicant, a grant officer and the committee would: the start of every test about the money.
 */
public final class AwardInFull {

    private AwardInFull() {
    }

    public static void award(ProgrammeService programmes, WorkflowService workflow, long programmeId, Actor officer,
                             Actor committee, Actor applicant, BigDecimal amount) {
        Map<Long, String> answers = new HashMap<>();
        programmes.programme(applicant, programmeId).conditions().forEach(c -> answers.put(c.id(), "Gedaan"));
        programmes.submitRevision(applicant, taskOf(workflow, applicant, programmeId), new RevisionSubmission(answers, null, 2, List.of()));
        programmes.checkCompleteness(officer, taskOf(workflow, officer, programmeId), new CompletenessDecision(true, null, null));
        Map<Long, AssessmentDecision.Verdict> verdicts = new HashMap<>();
        programmes.programme(committee, programmeId).conditions().forEach(c -> verdicts.put(c.id(), new AssessmentDecision.Verdict(true, "Ja")));
        programmes.assess(committee, taskOf(workflow, committee, programmeId),
                new AssessmentDecision(AssessmentOutcome.AWARD, amount, "Toegekend", verdicts));
    }

    /** The actor's open task on this programme. */
    public static String taskOf(WorkflowService workflow, Actor actor, long programmeId) {
        return workflow.inbox(actor).stream().filter(t -> t.businessKey().equals(String.valueOf(programmeId))).findFirst().orElseThrow().id();
    }
}
