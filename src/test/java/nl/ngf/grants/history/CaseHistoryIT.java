package nl.ngf.grants.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ngf.grants.history.Timeline.CaseDiagram;
import nl.ngf.grants.history.Timeline.Moment;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.programme.AssessmentDecision;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.CompletenessDecision;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.RevisionSubmission;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.testsupport.AwardInFull;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.workflow.WorkflowService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An auditor reconstructs a case from its timeline and diagram alone: who did which step in which
 * order, what the audit trail says beside it, which way the case went and where it stands.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class CaseHistoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CaseHistoryIT.class, ItDatabase.class, AwardInFull.class);
    }

    @Inject
    CaseHistory history;
    @Inject
    ProgrammeService programmes;
    @Inject
    WorkflowService workflow;
    @Inject
    IdentityService identity;

    Actor auditor;
    Actor officer;
    Actor committee;
    Actor applicant;
    OrganisationView organisation;

    @BeforeEach
    void people() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        organisation = identity.createOrganisation("hist-" + run, "Historie " + run);
        identity.createUser("hist-beheerder-" + run, "Auditor", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        identity.createUser("hist-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("hist-commissie-" + run, "Commissie", "geheim-" + run, null, Set.of(Role.COMMITTEE_MEMBER));
        identity.createUser("hist-aanvrager-" + run, "Aanvrager", "geheim-" + run, organisation.id(), Set.of(Role.APPLICANT));
        auditor = identity.actor("hist-beheerder-" + run).orElseThrow();
        officer = identity.actor("hist-adviseur-" + run).orElseThrow();
        committee = identity.actor("hist-commissie-" + run).orElseThrow();
        applicant = identity.actor("hist-aanvrager-" + run).orElseThrow();
    }

    private long register() {
        return programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Historie " + UUID.randomUUID(),
                organisation.id(), new BigDecimal("2000000.00"), new BigDecimal("1500000.00"), 4, LocalDate.now().plusWeeks(6),
                List.of("Begroting per pps")));
    }

    @Test
    void anAwardedProgrammesTimelineShowsWhoDidEachStepInOrderBesideTheAuditEntriesAndWhereTheCaseWaits() {
        long id = register();
        AwardInFull.award(programmes, workflow, id, officer, committee, applicant, new BigDecimal("1400000.00"));

        Timeline timeline = history.ofProgramme(auditor, id);

        List<Moment> completions = timeline.moments().stream().filter(m -> m.kind().equals("TASK_COMPLETED")).toList();
        assertThat(completions).extracting(Moment::who)
                .containsExactly(applicant.username(), officer.username(), committee.username());
        assertThat(completions).allSatisfy(m -> assertThat(m.source()).isEqualTo(Timeline.Source.ENGINE));
        assertThat(timeline.moments()).filteredOn(m -> m.kind().equals("OPERATION") && "Complete".equals(m.what()))
                .extracting(Moment::who).containsExactly(applicant.username(), officer.username(), committee.username());
        assertThat(timeline.moments()).filteredOn(m -> m.kind().equals("VARIABLE_SET")).isNotEmpty();

        List<String> auditActions = timeline.moments().stream().filter(m -> m.source() == Timeline.Source.AUDIT).map(Moment::kind).toList();
        assertThat(auditActions).containsSubsequence("programme.conditionalAward", "programme.revisionSubmitted",
                "programme.completenessChecked", "programme.assessed", "programme.awarded");
        assertThat(auditActions.get(0)).as("the trail reads the registration before what its first task set off, in the same moment")
                .isEqualTo("programme.conditionalAward");
        assertThat(timeline.moments()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
        int registered = indexOf(timeline, m -> m.kind().equals("programme.conditionalAward"));
        int assessed = indexOf(timeline, m -> m.kind().equals("programme.assessed"));
        assertThat(registered).isLessThan(indexOf(timeline, m -> m == completions.get(0)));
        assertThat(assessed).isGreaterThan(indexOf(timeline, m -> m == completions.get(1)));

        CaseDiagram award = timeline.cases().get(0);
        assertThat(timeline.cases()).hasSize(1);
        assertThat(award.ended()).as("the award case goes on to the allocation").isNull();
        assertThat(award.path().bpmnXml()).contains("id=\"grantAward\"");
        assertThat(award.path().passed()).contains("conditionalAwardRegistered", "reviseConditionalAward", "checkCompleteness",
                "assessRevision", "awardProgramme").doesNotContain("rejectProgramme", "decideOnExpiredDeadline", "allocateAwardedAmount");
        assertThat(award.path().active()).containsExactly("allocateAwardedAmount");
    }

    @Inject
    nl.ngf.grants.partnership.PartnershipService partnerships;

    /** A PPS removed from the programme (added by mistake) stays on the programme's timeline: added, then removed. */
    @Test
    void aPpsRemovedFromTheProgrammeStaysOnItsTimeline() {
        long id = register();
        nl.ngf.grants.partnership.Kpis baseline = new nl.ngf.grants.partnership.Kpis(80, new BigDecimal("4.50"), 600, 30,
                nl.ngf.grants.shared.Money.ofEuros(200_000));
        long kept = partnerships.register(officer, new nl.ngf.grants.partnership.PartnershipRegistration(id, organisation.id(),
                "PPS Blijft", "Twente", "Zorg", "ROC van Twente", baseline, baseline));
        long mistaken = partnerships.register(officer, new nl.ngf.grants.partnership.PartnershipRegistration(id, organisation.id(),
                "PPS Per Abuis", "Twente", "Zorg", "ROC van Twente", baseline, baseline));
        partnerships.remove(officer, mistaken);

        assertThat(history.ofProgramme(auditor, id).moments()).filteredOn(m -> m.kind().startsWith("partnership."))
                .extracting(Moment::kind, Moment::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partnership.registered", officer.username()),
                        org.assertj.core.groups.Tuple.tuple("partnership.registered", officer.username()),
                        org.assertj.core.groups.Tuple.tuple("partnership.removed", officer.username()));
        assertThat(history.ofProgramme(auditor, id).related()).extracting(Timeline.Related::id).containsExactly(kept);
    }

    /**
     * Each person's step at its own moment, and all the engine did upon it in the same millisecond (as it mostly
     * is): the moment reads in the order it happened, and the case's start is the doing of the officer who
     * registered it.
     */
    @Test
    void whatTheEngineRecordedInOneMomentReadsInTheOrderItHappenedAndTheCaseWasStartedByItsRegistrant() {
        java.time.Instant registered = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long id;
        try {
            ClockUtil.setCurrentTime(java.util.Date.from(registered));
            id = register();
            ClockUtil.setCurrentTime(java.util.Date.from(registered.plusSeconds(60)));
            Map<Long, String> answers = new HashMap<>();
            programmes.programme(applicant, id).conditions().forEach(c -> answers.put(c.id(), "Gedaan"));
            programmes.submitRevision(applicant, AwardInFull.taskOf(workflow, applicant, id), new RevisionSubmission(answers, null, 4, List.of()));
            ClockUtil.setCurrentTime(java.util.Date.from(registered.plusSeconds(120)));
            programmes.checkCompleteness(officer, AwardInFull.taskOf(workflow, officer, id), new CompletenessDecision(true, null, null));
        } finally {
            ClockUtil.reset();
        }

        List<Moment> moments = history.ofProgramme(auditor, id).moments();
        assertThat(moments).filteredOn(m -> m.source() == Timeline.Source.AUDIT).extracting(m -> m.at() + " " + m.kind())
                .as("the audit trail reads the engine's clock: each step's entry at the moment the engine recorded it")
                .contains(registered + " programme.conditionalAward", registered.plusSeconds(60) + " programme.revisionSubmitted",
                        registered.plusSeconds(120) + " programme.completenessChecked");
        assertThat(moments).filteredOn(m -> m.kind().equals("OPERATION")).extracting(Moment::what)
                .as("the officer's start of the case, and each task taken on and completed, in the engine's own log")
                .containsOnly("Create", "Claim", "Complete")
                .allSatisfy(operation -> {
                    for (java.util.Locale language : List.of(java.util.Locale.forLanguageTag("nl"), java.util.Locale.ENGLISH)) {
                        assertThat(java.util.ResourceBundle.getBundle("nl.ngf.grants.web.messages", language).containsKey("history.operation." + operation))
                                .as("the timeline names %s in %s", operation, language).isTrue();
                    }
                });
        List<Moment> engine = moments.stream().filter(m -> m.source() == Timeline.Source.ENGINE && !m.kind().equals("OPERATION")).toList();
        assertThat(engine).filteredOn(m -> m.at().equals(registered)).extracting(m -> m.kind() + " " + m.what() + " " + m.who())
                .as("registered: the variables it starts with, then the start by the officer, on to the task the applicant did")
                .endsWith("ACTIVITY_STARTED Conditional award registered " + officer.username(),
                        "ACTIVITY_ENDED Conditional award registered " + officer.username(),
                        "ACTIVITY_STARTED Revision round null", "ACTIVITY_ENDED Revision round null",
                        "ACTIVITY_STARTED Revise the plan null");
        assertThat(engine).filteredOn(m -> applicant.username().equals(m.who())).extracting(m -> m.at() + " " + m.kind() + " " + m.whatId())
                .as("the applicant is named only when they acted: their task completed and its step left, a minute later")
                .containsExactly(registered.plusSeconds(60) + " TASK_COMPLETED reviseConditionalAward",
                        registered.plusSeconds(60) + " ACTIVITY_ENDED reviseConditionalAward");
        assertThat(engine).filteredOn(m -> m.kind().equals("VARIABLE_SET") && m.what().equals("registeredBy")).singleElement()
                .extracting(Moment::details).as("the model's initiator").isEqualTo(officer.username());
        assertThat(engine).filteredOn(m -> m.at().equals(registered.plusSeconds(120))).extracting(m -> m.kind() + " " + m.whatId())
                .as("checked: the decision, the task done, its step left, the gateway passed, the committee's task entered")
                .containsExactly("VARIABLE_SET null", "TASK_COMPLETED checkCompleteness", "ACTIVITY_ENDED checkCompleteness",
                        "ACTIVITY_STARTED completenessGateway", "ACTIVITY_ENDED completenessGateway", "ACTIVITY_STARTED assessRevision");
    }

    @Test
    void aRejectedProgrammesCaseIsClosedAndItsDiagramEndsAtTheRejection() {
        long id = register();
        Map<Long, String> answers = new HashMap<>();
        programmes.programme(applicant, id).conditions().forEach(c -> answers.put(c.id(), "Niet gelukt"));
        // The first plan goes back as incomplete: the case revises and checks twice, and assesses once.
        programmes.submitRevision(applicant, AwardInFull.taskOf(workflow, applicant, id), new RevisionSubmission(answers, null, 2, List.of()));
        LocalDate newDeadline = LocalDate.now().plusWeeks(4);
        programmes.checkCompleteness(officer, AwardInFull.taskOf(workflow, officer, id),
                new CompletenessDecision(false, "De begroting ontbreekt.\nZie \"bijlage 2\" van het plan.", newDeadline));
        programmes.submitRevision(applicant, AwardInFull.taskOf(workflow, applicant, id), new RevisionSubmission(answers, null, 2, List.of()));
        programmes.checkCompleteness(officer, AwardInFull.taskOf(workflow, officer, id), new CompletenessDecision(true, null, null));
        Map<Long, AssessmentDecision.Verdict> verdicts = new HashMap<>();
        programmes.programme(committee, id).conditions().forEach(c -> verdicts.put(c.id(), new AssessmentDecision.Verdict(false, "Nee")));
        programmes.assess(committee, AwardInFull.taskOf(workflow, committee, id),
                new AssessmentDecision(AssessmentOutcome.REJECT, null, "Niet voldaan", verdicts));

        CaseDiagram award = history.ofProgramme(auditor, id).cases().get(0);
        assertThat(award.ended()).isNotNull();
        assertThat(award.path().active()).isEmpty();
        assertThat(award.path().passed()).contains("rejectProgramme", "programmeRejected").doesNotContain("awardProgramme");
        assertThat(award.path().entered()).containsEntry("reviseConditionalAward", 2).containsEntry("checkCompleteness", 2)
                .containsEntry("assessRevision", 1).containsEntry("rejectProgramme", 1).doesNotContainKey("awardProgramme")
                .as("a gateway only chooses the way").doesNotContainKey("revisionRoundStarts");
        assertThat(award.repeatedIds()).as("what the diagram marks as taken more than once")
                .isEqualTo("checkCompleteness=2 reviseConditionalAward=2");
        List<Moment> trail = history.ofProgramme(auditor, id).moments().stream().filter(m -> m.source() == Timeline.Source.AUDIT).toList();
        assertThat(trail).filteredOn(m -> m.kind().equals("programme.conditionalAward")).singleElement().extracting(Moment::details)
                .as("what was asked, in the officer's words").asString().endsWith("; conditions=1; condition 1=\"Begroting per pps\"");
        assertThat(trail).filteredOn(m -> m.kind().equals("programme.revisionSubmitted")).extracting(Moment::details)
                .as("what the applicant answered, each round").containsExactly("round=1; ppsCount=2; documents=[]; answer 1=\"Niet gelukt\"",
                        "round=2; ppsCount=2; documents=[]; answer 1=\"Niet gelukt\"");
        assertThat(trail).filteredOn(m -> m.kind().equals("programme.completenessChecked") || m.kind().equals("programme.assessed"))
                .extracting(Moment::details)
                .as("each decision and why, in the words of who took it and whole: a quotation mark doubled, a line break kept")
                .containsExactly("complete=false; newDeadline=" + newDeadline + "; remarks=\"De begroting ontbreekt.\nZie \"\"bijlage 2\"\" van het plan.\"",
                        "complete=true",
                        "outcome=REJECT; awardedCents=null; condition 1 not met=\"Nee\"; reasoning=\"Niet voldaan\"");
    }

    @Test
    void onlyAnAuditorReadsTheHistory() {
        long id = register();
        for (Actor other : List.of(officer, committee, applicant)) {
            assertThatThrownBy(() -> history.ofProgramme(other, id)).isInstanceOf(NotAllowedException.class);
        }
    }

    private static int indexOf(Timeline timeline, java.util.function.Predicate<Moment> which) {
        for (int i = 0; i < timeline.moments().size(); i++) {
            if (which.test(timeline.moments().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such moment");
    }
}
