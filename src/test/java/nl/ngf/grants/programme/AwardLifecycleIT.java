package nl.ngf.grants.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static nl.ngf.grants.testsupport.ServerDatabase.execute;
import static nl.ngf.grants.testsupport.ServerDatabase.postgres;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.identity.UserDetails;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.HeldTransaction;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.Retention;
import nl.ngf.grants.testsupport.SampleFiles;
import nl.ngf.grants.workflow.FourEyesException;
import nl.ngf.grants.workflow.TaskCompletedException;
import nl.ngf.grants.workflow.TaskNotAvailableException;
import nl.ngf.grants.workflow.TaskTakenException;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The award slice through its services on a real Liberty, in the container's JTA transactions, on
 * H2 and on PostgreSQL: who sees which task, the amount rules, and that a task completion and its
 * domain rows commit or roll back together.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AwardLifecycleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(AwardLifecycleIT.class, ItDatabase.class, Retention.class);
    }

    @Inject
    ProgrammeService programmes;

    @Inject
    WorkflowService workflow;

    @Inject
    AuditTrail audit;

    @Inject
    nl.ngf.grants.identity.UserAdministration users;

    @Inject
    IdentityService identity;

    @Inject
    RepositoryService repositoryService;

    @Inject
    ManagementService managementService;

    @Inject
    org.camunda.bpm.engine.HistoryService historyService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    nl.ngf.grants.documents.DocumentService documents;

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    UserTransaction transaction;

    private Actor officer;
    private Actor committee;
    private Actor applicant;
    private Actor otherApplicant;
    private OrganisationView organisation;

    /** Every test makes its own organisations and users, so tests and runs never see each other's data. */
    @BeforeEach
    void people() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        organisation = identity.createOrganisation("pps-" + run, "PPS Techniek " + run);
        OrganisationView other = identity.createOrganisation("andere-" + run, "Andere organisatie " + run);
        identity.createUser("adviseur-" + run, "Adviseur " + run, "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("commissie-" + run, "Commissielid " + run, "geheim-" + run, null, Set.of(Role.COMMITTEE_MEMBER));
        identity.createUser("aanvrager-" + run, "Aanvrager " + run, "geheim-" + run, organisation.id(), Set.of(Role.APPLICANT));
        identity.createUser("ander-" + run, "Andere aanvrager " + run, "geheim-" + run, other.id(), Set.of(Role.APPLICANT));
        officer = identity.actor("adviseur-" + run).orElseThrow();
        committee = identity.actor("commissie-" + run).orElseThrow();
        applicant = identity.actor("aanvrager-" + run).orElseThrow();
        otherApplicant = identity.actor("ander-" + run).orElseThrow();
    }

    private long register(String conditional) {
        return programmes.registerConditionalAward(officer, new ConditionalAwardRegistration(
                "Opschaling pps " + UUID.randomUUID(), organisation.id(), new BigDecimal("210000000.00"),
                new BigDecimal(conditional), 50, LocalDate.now().plusWeeks(6),
                List.of("Minder pps'en, beter onderbouwd", "KPI's voor mkb-bereik per regio")));
    }

    private WorkTask taskOf(Actor actor, long programmeId) {
        return workflow.inbox(actor).stream().filter(t -> t.businessKey().equals(String.valueOf(programmeId)))
                .findFirst().orElseThrow(() -> new AssertionError(actor.username() + " has no task for " + programmeId));
    }

    private boolean hasTask(Actor actor, long programmeId) {
        return workflow.inbox(actor).stream().anyMatch(t -> t.businessKey().equals(String.valueOf(programmeId)));
    }

    private AssessmentDecision decision(long programmeId, AssessmentOutcome outcome, String amount, boolean met) {
        Map<Long, AssessmentDecision.Verdict> verdicts = new HashMap<>();
        programmes.programme(committee, programmeId).conditions()
                .forEach(c -> verdicts.put(c.id(), new AssessmentDecision.Verdict(met, "Onderbouwing " + c.position())));
        return new AssessmentDecision(outcome, amount == null ? null : new BigDecimal(amount), "Motivering " + outcome, verdicts);
    }

    /** The applicant submits and the officer finds it complete: the committee can assess. */
    private void submitComplete(long programmeId) {
        programmes.submitRevision(applicant, taskOf(applicant, programmeId).id(), answersTo(programmeId));
        programmes.checkCompleteness(officer, taskOf(officer, programmeId).id(), new CompletenessDecision(true, null, null));
    }

    private RevisionSubmission answersTo(long programmeId) {
        Map<Long, String> answers = new HashMap<>();
        programmes.programme(applicant, programmeId).conditions()
                .forEach(c -> answers.put(c.id(), "Uitgewerkt voor voorwaarde " + c.position()));
        return new RevisionSubmission(answers, "15 pps'en in plaats van 50", 15, List.of());
    }

    @Test
    void onlyTheApplicantsOrganisationGetsTheRevisionTask() {
        long id = register("210000000.00");

        WorkTask task = taskOf(applicant, id);
        assertThat(task.taskKey()).isEqualTo("reviseConditionalAward");
        assertThat(task.formKey()).isEqualTo("/programme/revise.xhtml");
        assertThat(task.due()).isNotNull();
        assertThat(hasTask(otherApplicant, id)).isFalse();
        assertThat(hasTask(officer, id)).isFalse();
        assertThat(hasTask(committee, id)).isFalse();
        assertThatThrownBy(() -> programmes.submitRevision(otherApplicant, task.id(), answersTo(id)))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> programmes.programme(otherApplicant, id)).isInstanceOf(NotAllowedException.class);
        assertThat(programmes.programmes(otherApplicant)).noneMatch(p -> p.id() == id);
    }

    @Test
    void theCommitteeAwardsInFullAndTheProgrammeIsAwarded() {
        long id = register("209999999.99");
        programmes.submitRevision(applicant, taskOf(applicant, id).id(), answersTo(id));
        assertThat(programmes.programme(officer, id).summary().status()).isEqualTo(ProgrammeStatus.COMPLETENESS_CHECK);
        assertThat(hasTask(committee, id)).as("the committee waits for the completeness check").isFalse();
        programmes.checkCompleteness(officer, taskOf(officer, id).id(), new CompletenessDecision(true, null, null));

        assertThat(programmes.programme(officer, id).summary().status()).isEqualTo(ProgrammeStatus.IN_ASSESSMENT);
        assertThat(hasTask(applicant, id)).isFalse();
        programmes.assess(committee, taskOf(committee, id).id(), decision(id, AssessmentOutcome.AWARD, "209999999.99", true));

        ProgrammeDetails details = programmes.programme(applicant, id);
        assertThat(details.summary().status()).isEqualTo(ProgrammeStatus.AWARDED);
        assertThat(details.summary().awarded()).isEqualTo(Money.ofCents(20_999_999_999L));
        assertThat(details.revisions()).singleElement().satisfies(r -> {
            assertThat(r.round()).isEqualTo(1);
            assertThat(r.ppsCount()).isEqualTo(15);
            assertThat(r.submittedBy()).isEqualTo(applicant.username());
            assertThat(r.answers()).extracting(ProgrammeDetails.Answer::answer)
                    .containsExactly("Uitgewerkt voor voorwaarde 1", "Uitgewerkt voor voorwaarde 2");
        });
        assertThat(details.assessments()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AssessmentOutcome.AWARD);
            assertThat(a.assessedBy()).isEqualTo(committee.username());
            assertThat(a.verdicts()).extracting(ProgrammeDetails.Verdict::met).containsExactly(true, true);
        });
        assertThat(hasTask(committee, id)).isFalse();
    }

    @Test
    void theCommitteeRejectsAndNothingIsAwarded() {
        long id = register("100000000.00");
        submitComplete(id);
        programmes.assess(committee, taskOf(committee, id).id(), decision(id, AssessmentOutcome.REJECT, null, false));

        ProgrammeSummary summary = programmes.programme(officer, id).summary();
        assertThat(summary.status()).isEqualTo(ProgrammeStatus.REJECTED);
        assertThat(summary.awarded()).isNull();
    }

    @Test
    void aRejectedFileIsClosedAndItsCaseHistoryKeptFiveYearsFromThen() throws Exception {
        long id = register("100000000.00");
        submitComplete(id);
        assertThat(Retention.removalTimes(historyService, "grantAward", String.valueOf(id))).as("an open file is never cleaned up")
                .containsExactly((Instant) null);
        Instant before = Instant.now();
        programmes.assess(committee, taskOf(committee, id).id(), decision(id, AssessmentOutcome.REJECT, null, false));
        Instant after = Instant.now();

        ProgrammeSummary closed = programmes.programme(officer, id).summary();
        assertThat(closed.closedAt()).as("the file closed with the rejection").isBetween(before, after);
        assertThat(closed.isSettled()).as("rejected, not settled").isFalse();
        Instant removal = Retention.awaitRemovalTime(historyService, "grantAward", String.valueOf(id));
        assertThat(removal).isBetween(before.plus(Duration.ofDays(1827)).minusSeconds(1), after.plus(Duration.ofDays(1827)));
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceOf(id)).list())
                .as("every step of the case, the end included").isNotEmpty()
                .allSatisfy(a -> assertThat(a.getRemovalTime()).isNotNull().isEqualTo(java.util.Date.from(removal)));
    }

    private String processInstanceOf(long programmeId) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("grantAward")
                .processInstanceBusinessKey(String.valueOf(programmeId)).singleResult().getId();
    }

    @Test
    void anAwardAboveTheConditionalAmountIsRefusedAndChangesNothing() {
        long id = register("150000000.00");
        submitComplete(id);
        String assessTask = taskOf(committee, id).id();

        assertThatThrownBy(() -> programmes.assess(committee, assessTask, decision(id, AssessmentOutcome.AWARD, "150000000.01", true)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assessment.amount.aboveConditional"));

        ProgrammeDetails details = programmes.programme(officer, id);
        assertThat(details.summary().status()).isEqualTo(ProgrammeStatus.IN_ASSESSMENT);
        assertThat(details.assessments()).isEmpty();
        assertThat(taskOf(committee, id).id()).isEqualTo(assessTask);
    }

    @Test
    void aConditionalAwardAboveTheRequestedAmountIsNeverRegistered() {
        int before = programmes.programmes(officer).size();
        assertThatThrownBy(() -> register("210000000.01"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("programme.conditional.aboveRequested"));
        assertThat(programmes.programmes(officer)).hasSize(before);
    }

    @Test
    void onlyACommitteeMemberAssesses() {
        long id = register("1000.00");
        submitComplete(id);
        String assessTask = taskOf(committee, id).id();
        assertThatThrownBy(() -> programmes.assess(officer, assessTask, decision(id, AssessmentOutcome.AWARD, "1000.00", true)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(programmes.programme(officer, id).summary().status()).isEqualTo(ProgrammeStatus.IN_ASSESSMENT);
    }

    /** An officer who also sits on the committee does not assess a plan they found complete; another member does. */
    @Test
    void whoeverFoundThePlanCompleteDoesNotAlsoAssessIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        identity.createUser("beide-" + run, "Adviseur en commissielid " + run, "geheim-" + run, null,
                Set.of(Role.GRANT_OFFICER, Role.COMMITTEE_MEMBER));
        Actor both = identity.actor("beide-" + run).orElseThrow();
        long id = register("1000.00");
        programmes.submitRevision(applicant, taskOf(applicant, id).id(), answersTo(id));
        programmes.checkCompleteness(both, taskOf(both, id).id(), new CompletenessDecision(true, null, null));

        WorkTask assessment = taskOf(both, id);
        assertThat(assessment.forAColleague()).as("offered to the committee, but marked as another member's").isTrue();
        assertThatThrownBy(() -> workflow.claim(both, assessment.id())).isInstanceOf(FourEyesException.class);
        assertThatThrownBy(() -> programmes.assess(both, assessment.id(), decision(id, AssessmentOutcome.AWARD, "1000.00", true)))
                .isInstanceOf(FourEyesException.class);
        assertThat(programmes.programme(officer, id).summary().status()).isEqualTo(ProgrammeStatus.IN_ASSESSMENT);
        assertThat(programmes.programme(officer, id).assessments()).isEmpty();

        programmes.assess(committee, taskOf(committee, id).id(), decision(id, AssessmentOutcome.AWARD, "1000.00", true));
        assertThat(programmes.programme(officer, id).summary().status()).isEqualTo(ProgrammeStatus.AWARDED);
    }

    @Test
    void anExceptionAfterTheTaskIsCompletedRollsBackTheEngineAndTheDomainRows() throws Exception {
        long id = register("210000000.00");
        String reviseTask = taskOf(applicant, id).id();

        transaction.begin();
        try {
            programmes.submitRevision(applicant, reviseTask, answersTo(id));
            assertThat(hasTask(officer, id)).as("inside the transaction the completeness check exists").isTrue();
            throw new IllegalStateException("failure after the task was completed");
        } catch (IllegalStateException expected) {
            transaction.rollback();
        }

        ProgrammeDetails details = programmes.programme(officer, id);
        assertThat(details.summary().status()).isEqualTo(ProgrammeStatus.AWAITING_REVISION);
        assertThat(details.revisions()).isEmpty();
        assertThat(taskOf(applicant, id).id()).isEqualTo(reviseTask);
        assertThat(hasTask(officer, id)).isFalse();

        programmes.submitRevision(applicant, reviseTask, answersTo(id));
        assertThat(programmes.programme(officer, id).revisions()).hasSize(1);
    }

    @Test
    void aTaskTakenOnIsCompletedOnlyByWhoeverHasItAndTakingItOverIsRecorded() {
        long id = register("500000.00");
        programmes.submitRevision(applicant, taskOf(applicant, id).id(), answersTo(id));
        String run = UUID.randomUUID().toString().substring(0, 8);
        identity.createUser("collega-" + run, "Collega " + run, "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("auditor-" + run, "Auditor " + run, "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        Actor colleague = identity.actor("collega-" + run).orElseThrow();
        Actor auditor = identity.actor("auditor-" + run).orElseThrow();
        WorkTask check = taskOf(officer, id);
        assertThat(check.assignee()).as("offered to every grant officer, taken on by none").isNull();

        // The officer takes it on: a colleague still sees the task, and who has it, but cannot complete it or hand it back.
        assertThat(workflow.claim(officer, check.id()).assignee()).isEqualTo(officer.username());
        assertThat(taskOf(colleague, id).assignee()).isEqualTo(officer.username());
        assertThatThrownBy(() -> programmes.checkCompleteness(colleague, check.id(), new CompletenessDecision(true, null, null)))
                .isInstanceOf(TaskTakenException.class)
                .satisfies(e -> assertThat(((DomainException) e).arguments()).as("named by the name they go by")
                        .containsExactly(officer.displayName()));
        assertThatThrownBy(() -> workflow.unclaim(colleague, check.id())).isInstanceOf(TaskTakenException.class);
        assertThatThrownBy(() -> workflow.claim(colleague, check.id())).as("taking it on is not taking it over")
                .isInstanceOf(TaskTakenException.class);
        assertThat(programmes.programme(officer, id).summary().status()).isEqualTo(ProgrammeStatus.COMPLETENESS_CHECK);
        // Nobody outside the task's group takes it on, whatever task id is passed.
        for (Actor outsider : List.of(committee, applicant, otherApplicant, auditor)) {
            assertThatThrownBy(() -> workflow.claim(outsider, check.id())).as(outsider.username()).isInstanceOf(TaskNotAvailableException.class);
            assertThatThrownBy(() -> workflow.unclaim(outsider, check.id())).as(outsider.username()).isInstanceOf(TaskNotAvailableException.class);
            assertThatThrownBy(() -> workflow.takeOver(outsider, check.id())).as(outsider.username()).isInstanceOf(TaskNotAvailableException.class);
        }
        // Nor a task without an id (a form's address without its task): no such task, not an engine error.
        for (String none : new String[] {null, "", " "}) {
            assertThat(workflow.task(officer, none)).isEmpty();
            assertThatThrownBy(() -> workflow.claim(officer, none)).isInstanceOf(TaskNotAvailableException.class);
            assertThatThrownBy(() -> workflow.unclaim(officer, none)).isInstanceOf(TaskNotAvailableException.class);
            assertThatThrownBy(() -> workflow.takeOver(officer, none)).isInstanceOf(TaskNotAvailableException.class);
            assertThatThrownBy(() -> programmes.checkCompleteness(officer, none, new CompletenessDecision(true, null, null)))
                    .isInstanceOf(TaskNotAvailableException.class);
        }
        assertThat(workflow.claim(officer, check.id()).assignee()).as("taking on one's own task again changes nothing").isEqualTo(officer.username());

        // The colleague takes it over (the officer is away, say): now the officer is the one refused.
        assertThat(workflow.takeOver(colleague, check.id()).assignee()).isEqualTo(colleague.username());
        assertThatThrownBy(() -> programmes.checkCompleteness(officer, check.id(), new CompletenessDecision(true, null, null)))
                .isInstanceOf(TaskTakenException.class);
        // Handed back, it is anyone's again; the officer completes it.
        assertThat(workflow.unclaim(colleague, check.id()).assignee()).isNull();
        programmes.checkCompleteness(officer, check.id(), new CompletenessDecision(true, null, null));
        assertThat(programmes.programme(officer, id).summary().status()).isEqualTo(ProgrammeStatus.IN_ASSESSMENT);

        // The auditor reads who took the task on, who took it over from whom and who handed it back.
        assertThat(audit.search(auditor, new AuditTrail.AuditSearch(null, "task.", "task", check.id(), null, null), 10))
                .extracting(e -> e.actor() + " " + e.action() + " " + e.details())
                .containsExactly(
                        colleague.username() + " task.unclaimed task=checkCompleteness case=grantAward:" + id,
                        colleague.username() + " task.claimed task=checkCompleteness case=grantAward:" + id + " from=" + officer.username(),
                        officer.username() + " task.claimed task=checkCompleteness case=grantAward:" + id);
    }

    @Test
    void ofTwoOfficersTakingATaskOnAtTheSameMomentOneHasItAndTheOtherIsRefused() throws Exception {
        long id = register("600000.00");
        programmes.submitRevision(applicant, taskOf(applicant, id).id(), answersTo(id));
        String run = UUID.randomUUID().toString().substring(0, 8);
        identity.createUser("gelijk-" + run, "Gelijk " + run, "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("toezicht-" + run, "Toezicht " + run, "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        Actor colleague = identity.actor("gelijk-" + run).orElseThrow();
        Actor auditor = identity.actor("toezicht-" + run).orElseThrow();
        String check = taskOf(officer, id).id();
        ExecutorService executor = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        Future<String> first = executor.submit(takeOn(start, officer, check));
        Future<String> second = executor.submit(takeOn(start, colleague, check));
        start.countDown();

        List<String> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        assertThat(outcomes).as("one has it, the other is refused").containsOnlyOnce("claimed")
                .anySatisfy(outcome -> assertThat(outcome).isIn("task.takenByOther", "task.notAvailable"));
        String holder = outcomes.get(0).equals("claimed") ? officer.username() : colleague.username();
        assertThat(workflow.task(officer, check).orElseThrow().assignee()).isEqualTo(holder);
        assertThat(audit.search(auditor, new AuditTrail.AuditSearch(null, "task.claimed", "task", check, null, null), 10))
                .extracting(e -> e.actor() + " " + e.details()).containsExactly(holder + " task=checkCompleteness case=grantAward:" + id);
    }

    private Callable<String> takeOn(CountDownLatch start, Actor actor, String taskId) {
        return () -> {
            start.await();
            try {
                workflow.claim(actor, taskId);
                return "claimed";
            } catch (DomainException e) {
                return e.messageKey();
            }
        };
    }

    @Test
    void someoneSwitchedOffOrGivenAnotherRoleHandsBackTheTasksTheyHadTakenOn() {
        long first = register("500000.00");
        long second = register("500000.00");
        programmes.submitRevision(applicant, taskOf(applicant, first).id(), answersTo(first));
        programmes.submitRevision(applicant, taskOf(applicant, second).id(), answersTo(second));
        String run = UUID.randomUUID().toString().substring(0, 8);
        identity.createUser("wisselt-" + run, "Wisselt van rol " + run, "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("vertrekt-" + run, "Vertrekt " + run, "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("beheer-" + run, "Beheer " + run, "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        Actor changing = identity.actor("wisselt-" + run).orElseThrow();
        Actor leaving = identity.actor("vertrekt-" + run).orElseThrow();
        Actor administrator = identity.actor("beheer-" + run).orElseThrow();
        String firstCheck = workflow.claim(changing, taskOf(officer, first).id()).id();
        String secondCheck = workflow.claim(leaving, taskOf(officer, second).id()).id();

        // A new display name changes nothing about what one may do: the task stays taken on.
        users.updateUser(administrator, userId(administrator, changing), new UserDetails("Andere naam " + run, null, Set.of(Role.GRANT_OFFICER), true));
        assertThat(workflow.task(officer, firstCheck).orElseThrow().assignee()).isEqualTo(changing.username());

        // A grant officer who becomes a committee member, and one whose account is switched off, hold on to nothing.
        users.updateUser(administrator, userId(administrator, changing), new UserDetails("Andere naam " + run, null, Set.of(Role.COMMITTEE_MEMBER), true));
        users.updateUser(administrator, userId(administrator, leaving), new UserDetails("Vertrekt " + run, null, Set.of(Role.GRANT_OFFICER), false));
        assertThat(workflow.task(officer, firstCheck).orElseThrow().assignee()).isNull();
        assertThat(workflow.task(officer, secondCheck).orElseThrow().assignee()).isNull();
        assertThat(audit.search(administrator, new AuditTrail.AuditSearch(null, "task.unclaimed", "task", secondCheck, null, null), 10))
                .extracting(e -> e.actor() + " " + e.details())
                .containsExactly(administrator.username() + " task=checkCompleteness case=grantAward:" + second + " from=" + leaving.username()
                        + " reason=user.updated");
        // A colleague completes what they left.
        programmes.checkCompleteness(officer, firstCheck, new CompletenessDecision(true, null, null));
        programmes.checkCompleteness(officer, secondCheck, new CompletenessDecision(true, null, null));
        assertThat(programmes.programme(officer, second).summary().status()).isEqualTo(ProgrammeStatus.IN_ASSESSMENT);
    }

    private long userId(Actor administrator, Actor user) {
        return users.users(administrator).stream().filter(u -> u.username().equals(user.username())).findFirst().orElseThrow().id();
    }

    /**
     * A task is completed once: whoever was offered it and comes too late (another tab, a colleague at the same moment)
     * is told who completed it and when, and nothing of theirs is saved; someone it was never offered to learns nothing.
     */
    @Test
    void aTaskIsCompletedOnlyOnce() {
        long id = register("500000.00");
        String reviseTask = taskOf(applicant, id).id();
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        programmes.submitRevision(applicant, reviseTask, answersTo(id));

        assertThatThrownBy(() -> programmes.submitRevision(applicant, reviseTask, answersTo(id)))
                .isInstanceOfSatisfying(TaskCompletedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("task.completedBy");
                    assertThat(e.arguments().get(0)).as("by the name they go by").isEqualTo(identity.displayName(applicant.username()).orElseThrow());
                    assertThat((java.time.Instant) e.arguments().get(1)).isBetween(before, java.time.Instant.now());
                });
        assertThatThrownBy(() -> programmes.submitRevision(otherApplicant, reviseTask, answersTo(id)))
                .isExactlyInstanceOf(TaskNotAvailableException.class);
        assertThat(programmes.programme(officer, id).revisions()).hasSize(1);
    }

    @Test
    void programmesRegisteredAtTheSameMomentEachGetTheYearsNextReferenceOnce() throws Exception {
        ExecutorService executor = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> registration = () -> {
            start.await();
            return programmes.summary(officer, register("750000.00")).reference();
        };
        List<Future<String>> registered = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            registered.add(executor.submit(registration));
        }
        start.countDown();
        List<String> references = new java.util.ArrayList<>();
        for (Future<String> reference : registered) {
            references.add(reference.get(60, TimeUnit.SECONDS));
        }

        String year = "NGF-" + java.time.Year.now(java.time.ZoneId.of("Europe/Amsterdam")) + "-";
        assertThat(references).allMatch(reference -> reference.matches(year + "\\d{3,}")).doesNotHaveDuplicates();
        List<Integer> numbers = references.stream().map(reference -> Integer.parseInt(reference.substring(year.length()))).sorted().toList();
        assertThat(numbers).as("one after the other, none skipped").containsExactly(numbers.get(0), numbers.get(0) + 1,
                numbers.get(0) + 2, numbers.get(0) + 3);
        assertThat(programmes.summary(officer, register("750000.00")).reference()).as("the next one")
                .isEqualTo(year + "%03d".formatted(numbers.get(0) + 4));
    }

    /**
     * The registration form sent twice at once (a double click): one programme, one case, one task for the applicant; the
     * second answer names the same programme. Sent again later as it was, the same; changed first, refused. A new form is
     * a new programme.
     */
    @Test
    void aRegistrationSentTwiceFromTheSameFormRegistersOneProgramme() throws Exception {
        String title = "Dubbel verstuurd " + UUID.randomUUID();
        String form = nl.ngf.grants.shared.SubmissionKey.next();
        java.util.function.BiFunction<String, String, ConditionalAwardRegistration> registration = (conditional, key) ->
                new ConditionalAwardRegistration(title, organisation.id(), new BigDecimal("210000000.00"), new BigDecimal(conditional), 50,
                        LocalDate.now().plusWeeks(6), List.of("Minder pps'en, beter onderbouwd"), key);
        HeldTransaction.Raced<Long, Long> raced = HeldTransaction.race(
                () -> programmes.registerConditionalAward(officer, registration.apply("90000000.00", form)),
                () -> programmes.registerConditionalAward(officer, registration.apply("90000000.00", form)));
        long registered = raced.first();
        assertThat(raced.second()).isEqualTo(registered);
        assertThat(programmes.registerConditionalAward(officer, registration.apply("90000000.00", form))).as("sent again later")
                .isEqualTo(registered);
        assertThatThrownBy(() -> programmes.registerConditionalAward(officer, registration.apply("95000000.00", form)))
                .as("the same form changed and sent again")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("register.submission.used"));
        assertThat(programmes.programmes(officer)).filteredOn(p -> p.title().equals(title)).extracting(ProgrammeSummary::id)
                .containsExactly(registered);
        assertThat(workflow.inbox(applicant)).filteredOn(t -> t.subject() != null && t.subject().equals(title)).hasSize(1);

        long anotherForm = programmes.registerConditionalAward(officer, registration.apply("90000000.00", nl.ngf.grants.shared.SubmissionKey.next()));
        assertThat(anotherForm).isNotEqualTo(registered);
    }

    @Test
    void ofTwoApplicantsSubmittingAtTheSameMomentOneWinsAndTheOtherIsToldPlainly() throws Exception {
        long id = register("750000.00");
        String reviseTask = taskOf(applicant, id).id();
        RevisionSubmission submission = answersTo(id);
        ExecutorService executor = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> submit = () -> {
            start.await();
            try {
                programmes.submitRevision(applicant, reviseTask, submission);
                return "submitted";
            } catch (DomainException e) {
                return e.messageKey();
            }
        };
        Future<String> first = executor.submit(submit);
        Future<String> second = executor.submit(submit);
        start.countDown();

        // The second waits for the first to commit (the programme is locked) and is then told who completed the task.
        assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder("submitted", "task.completedBy");
        assertThat(programmes.programme(officer, id).revisions()).hasSize(1);
        assertThat(workflow.inbox(officer).stream().filter(t -> t.businessKey().equals(String.valueOf(id)))).hasSize(1);
    }

    @Test
    void anIncompleteRevisionGoesBackToTheApplicantWhoSeesTheRemarksAndANewDeadline() {
        long id = register("2000000.00");
        programmes.submitRevision(applicant, taskOf(applicant, id).id(), answersTo(id));
        LocalDate newDeadline = LocalDate.now().plusWeeks(3);

        assertThatThrownBy(() -> programmes.checkCompleteness(officer, taskOf(officer, id).id(),
                new CompletenessDecision(false, null, newDeadline)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("completeness.remarks.required"));
        programmes.checkCompleteness(officer, taskOf(officer, id).id(),
                new CompletenessDecision(false, "De begroting per pps ontbreekt.", newDeadline));

        ProgrammeDetails seenByApplicant = programmes.programme(applicant, id);
        assertThat(seenByApplicant.summary().status()).isEqualTo(ProgrammeStatus.AWAITING_REVISION);
        assertThat(seenByApplicant.openRemarks().remarks()).isEqualTo("De begroting per pps ontbreekt.");
        assertThat(seenByApplicant.summary().revisionDeadline()).isEqualTo(newDeadline);
        WorkTask again = taskOf(applicant, id);
        assertThat(again.due()).isEqualTo(newDeadline.plusDays(1).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1));

        programmes.submitRevision(applicant, again.id(), answersTo(id));
        assertThat(programmes.programme(officer, id).revisions()).extracting(ProgrammeDetails.Revision::round).containsExactly(1, 2);
    }

    @Test
    void theCommitteeMayAskForAnotherRoundOnlyUpToTheConfiguredBound() {
        long id = register("3000000.00");
        int bound = programmes.maxRevisionRounds();
        for (int round = 1; round < bound; round++) {
            submitComplete(id);
            programmes.assess(committee, taskOf(committee, id).id(), decision(id, AssessmentOutcome.REVISE_AGAIN, null, false));
            assertThat(programmes.programme(applicant, id).openVerdicts()).isNotNull();
        }
        submitComplete(id);
        String lastAssessment = taskOf(committee, id).id();

        assertThatThrownBy(() -> programmes.assess(committee, lastAssessment, decision(id, AssessmentOutcome.REVISE_AGAIN, null, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.reviseAgain.limit"));
        programmes.assess(committee, lastAssessment, decision(id, AssessmentOutcome.AWARD, "3000000.00", true));
        ProgrammeDetails details = programmes.programme(officer, id);
        assertThat(details.summary().status()).isEqualTo(ProgrammeStatus.AWARDED);
        assertThat(details.revisions()).hasSize(bound);
        assertThat(details.revisions().get(0).answers()).extracting(ProgrammeDetails.Answer::answer)
                .as("earlier rounds stay readable as they were").containsExactly("Uitgewerkt voor voorwaarde 1", "Uitgewerkt voor voorwaarde 2");
    }

    @Test
    void anExpiredDeadlineThatIsExtendedMovesTheTimer() {
        long id = register("4000000.00");
        runDeadlineTimer(id);

        ProgrammeDetails expired = programmes.programme(officer, id);
        assertThat(expired.summary().status()).isEqualTo(ProgrammeStatus.DEADLINE_PASSED);
        assertThat(expired.events()).extracting(ProgrammeDetails.Event::kind).contains("DEADLINE_PASSED");
        assertThat(hasTask(applicant, id)).isFalse();

        LocalDate newDeadline = LocalDate.now().plusWeeks(5);
        programmes.decideOnExpiredDeadline(officer, taskOf(officer, id).id(),
                new ExpiredDeadlineDecision(DeadlineChoice.EXTEND, newDeadline, null));

        Instant due = newDeadline.plusDays(1).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1);
        assertThat(programmes.programme(applicant, id).summary().status()).isEqualTo(ProgrammeStatus.AWAITING_REVISION);
        assertThat(taskOf(applicant, id).due()).isEqualTo(due);
        assertThat(deadlineTimer(id).getDuedate().toInstant()).isEqualTo(due);
    }

    /**
     * What was submitted, checked, judged, decided and said on a file stays as it was: on PostgreSQL the database itself
     * refuses to change or remove it, whoever asks (H2 has no such triggers). Each statement names rows the file has:
     * one touching none would pass the trigger by, and the test would fail.
     */
    @Test
    void aFilesSubmissionsAndDecisionsAreNeverChangedOrRemovedInTheDatabase() throws Exception {
        long id = register("6000000.00");
        runDeadlineTimer(id);
        programmes.decideOnExpiredDeadline(officer, taskOf(officer, id).id(),
                new ExpiredDeadlineDecision(DeadlineChoice.EXTEND, LocalDate.now().plusWeeks(5), null));
        long plan = documents.store(applicant, "programme:" + id, "plan.pdf", SampleFiles.pdf()).id();
        RevisionSubmission answers = answersTo(id);
        programmes.submitRevision(applicant, taskOf(applicant, id).id(),
                new RevisionSubmission(answers.answers(), answers.summary(), answers.ppsCount(), List.of(plan)));
        programmes.checkCompleteness(officer, taskOf(officer, id).id(), new CompletenessDecision(true, null, null));
        programmes.comment(applicant, id, "Het plan staat klaar.");
        programmes.assess(committee, taskOf(committee, id).id(), decision(id, AssessmentOutcome.AWARD, "6000000.00", true));

        String revisions = "revision_id in (select id from revision where programme_id = " + id + ")";
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        rows.put("update revision set summary = 'anders'", "programme_id = " + id);
        rows.put("update condition_answer set answer = 'anders'", revisions);
        rows.put("update revision_document set document_id = document_id", revisions);
        rows.put("update document set sha256 = 'anders'", "id = " + plan);
        rows.put("update document_content set content = content", "document_id = " + plan);
        rows.put("update completeness_check set complete = false, remarks = 'anders'", "programme_id = " + id);
        rows.put("update assessment set awarded_cents = 1", "programme_id = " + id);
        rows.put("update condition_verdict set met = false", "assessment_id in (select id from assessment where programme_id = " + id + ")");
        rows.put("update deadline_decision set reason = 'anders'", "programme_id = " + id);
        rows.put("update programme_event set deadline = null", "programme_id = " + id);
        rows.put("update programme_comment set text = 'anders'", "programme_id = " + id);
        if (postgres()) {
            rows.forEach((update, where) -> {
                String table = update.split(" ")[1];
                assertThatThrownBy(() -> execute(update + " where " + where)).as(table + " changed").hasMessageContaining("append-only");
                assertThatThrownBy(() -> execute("delete from " + table + " where " + where)).as(table + " removed")
                        .hasMessageContaining("append-only");
            });
        }

        ProgrammeDetails details = programmes.programme(officer, id);
        assertThat(details.revisions()).singleElement().satisfies(r -> assertThat(r.documents()).extracting(d -> d.id()).containsExactly(plan));
        assertThat(details.assessments()).singleElement().satisfies(a -> assertThat(a.outcome()).isEqualTo(AssessmentOutcome.AWARD));
        assertThat(documents.download(applicant, plan).content()).as("the plan as uploaded").isEqualTo(SampleFiles.pdf());
    }

    @Test
    void anExpiredDeadlineThatIsWithdrawnEndsTheAward() {
        long id = register("5000000.00");
        runDeadlineTimer(id);
        String decide = taskOf(officer, id).id();

        assertThatThrownBy(() -> programmes.decideOnExpiredDeadline(officer, decide, new ExpiredDeadlineDecision(DeadlineChoice.WITHDRAW, null, "")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("deadline.reason.required"));
        programmes.decideOnExpiredDeadline(officer, decide, new ExpiredDeadlineDecision(DeadlineChoice.WITHDRAW, null, "Geen reactie ontvangen"));

        ProgrammeDetails details = programmes.programme(officer, id);
        assertThat(details.summary().status()).isEqualTo(ProgrammeStatus.WITHDRAWN);
        assertThat(details.deadlineDecisions()).singleElement().satisfies(d -> {
            assertThat(d.choice()).isEqualTo(DeadlineChoice.WITHDRAW);
            assertThat(d.decidedBy()).isEqualTo(officer.username());
        });
        assertThat(hasTask(officer, id)).isFalse();
        assertThat(hasTask(applicant, id)).isFalse();
    }

    /** Runs the deadline timer now, as the job executor would once the deadline passes. */
    private void runDeadlineTimer(long programmeId) {
        managementService.executeJob(deadlineTimer(programmeId).getId());
    }

    private Job deadlineTimer(long programmeId) {
        String processInstanceId = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(programmeId)).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId("revisionDeadlinePassed").singleResult();
    }

    /** A comment posted twice at once from the same form (a double click) is one comment; changed and sent again, refused. */
    @Test
    void aCommentSentTwiceFromTheSameFormIsPostedOnce() throws Exception {
        long id = register("6000000.00");
        String form = nl.ngf.grants.shared.SubmissionKey.next();
        HeldTransaction.race(() -> {
            programmes.comment(applicant, id, "Volgt in de herziening.", form);
            return null;
        }, () -> {
            programmes.comment(applicant, id, "Volgt in de herziening.", form);
            return null;
        });
        assertThatThrownBy(() -> programmes.comment(applicant, id, "Volgt morgen.", form))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.submission.used"));
        programmes.comment(applicant, id, "Volgt in de herziening.", nl.ngf.grants.shared.SubmissionKey.next());

        assertThat(programmes.programme(officer, id).comments()).extracting(ProgrammeDetails.Comment::text)
                .as("the form sent twice, then the same words from a new form").containsExactly("Volgt in de herziening.", "Volgt in de herziening.");
        String run = UUID.randomUUID().toString().substring(0, 8);
        identity.createUser("leest-" + run, "Leest " + run, "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        assertThat(audit.about(identity.actor("leest-" + run).orElseThrow(), "programme", List.of(String.valueOf(id))))
                .filteredOn(e -> e.action().equals("programme.commented")).hasSize(2);
    }

    @Test
    void officersAndTheApplicantCommentInOrderOthersCannot() {
        long id = register("6000000.00");
        programmes.comment(officer, id, "Graag de begroting per regio.");
        programmes.comment(applicant, id, "Volgt in de herziening.");

        assertThat(programmes.programme(applicant, id).comments())
                .extracting(ProgrammeDetails.Comment::author, ProgrammeDetails.Comment::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(officer.username(), "Graag de begroting per regio."),
                        org.assertj.core.groups.Tuple.tuple(applicant.username(), "Volgt in de herziening."));
        assertThatThrownBy(() -> programmes.comment(otherApplicant, id, "Ik kijk mee")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> programmes.comment(committee, id, "Commissie")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> programmes.comment(applicant, id, "   "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.text.required"));
        assertThat(programmes.programme(officer, id).comments()).hasSize(2);
        String run = UUID.randomUUID().toString().substring(0, 8);
        identity.createUser("leest-" + run, "Leest " + run, "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        Actor administrator = identity.actor("leest-" + run).orElseThrow();
        assertThat(audit.about(administrator, "programme", List.of(String.valueOf(id)))).filteredOn(e -> e.action().equals("programme.commented"))
                .extracting(e -> e.actor() + " " + e.details()).as("the trail reads who said what; the refused comments left nothing")
                .containsExactly(officer.username() + " text=\"Graag de begroting per regio.\"", applicant.username() + " text=\"Volgt in de herziening.\"");
    }

    @Test
    void redeployingUnchangedModelsCreatesNoNewVersion() {
        ProcessDefinition before = latestGrantAward();
        nl.ngf.grants.workflow.internal.WorkflowModels.deploy(repositoryService);
        ProcessDefinition after = latestGrantAward();

        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getId()).isEqualTo(before.getId());
    }

    private ProcessDefinition latestGrantAward() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("grantAward").latestVersion().singleResult();
    }
}
