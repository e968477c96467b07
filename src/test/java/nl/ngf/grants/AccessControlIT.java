package nl.ngf.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.ngf.grants.funding.ChangeRequestDecision;
import nl.ngf.grants.funding.CorrectiveActionPlan;
import nl.ngf.grants.funding.OverdueDecision;
import nl.ngf.grants.notification.NotificationService;
import nl.ngf.grants.programme.AssessmentDecision;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.CompletenessDecision;
import nl.ngf.grants.programme.DeadlineChoice;
import nl.ngf.grants.programme.ExpiredDeadlineDecision;
import nl.ngf.grants.programme.RevisionSubmission;
import java.util.Set;
import java.util.UUID;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.documents.DocumentReaders;
import nl.ngf.grants.documents.DocumentService;
import nl.ngf.grants.documents.DocumentView;
import nl.ngf.grants.funding.ChangeKind;
import nl.ngf.grants.funding.ChangeRequestSubmission;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.funding.SecondApproval;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.funding.TrancheView;
import nl.ngf.grants.funding.Verification;
import nl.ngf.grants.history.CaseHistory;
import nl.ngf.grants.history.Timeline;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.UserAdministration;
import nl.ngf.grants.identity.UserDetails;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.AllocationPlan;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.AllocationService;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.PartnershipRegistration;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.testsupport.AwardInFull;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.LoggedInHttp;
import nl.ngf.grants.testsupport.SampleFiles;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.TaskCompletedException;
import nl.ngf.grants.workflow.TaskNotAvailableException;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service entry point, tried by every role against an organisation's awarded programme, its PPS,
 * its tranche, its task and its document: another organisation's applicant reaches none of it, whatever
 * id is passed; officers and administrators read it, a committee member the plan they assessed; only the right role acts, the
 * administrator never decides; and nothing a refused call touched has changed.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(AccessControlIT.class, ItDatabase.class, AwardInFull.class, LoggedInHttp.class,
                nl.ngf.grants.testsupport.FaultyApiEndpoint.class);
    }

    static final byte[] PDF = SampleFiles.pdf();
    static final Kpis BASELINE = new Kpis(80, new BigDecimal("4.50"), 600, 30, Money.ofEuros(200_000));
    static final Kpis TARGET = new Kpis(240, new BigDecimal("18.00"), 1200, 60, Money.ofEuros(600_000));

    @Inject
    IdentityService identity;
    @Inject
    ProgrammeService programmes;
    @Inject
    PartnershipService partnerships;
    @Inject
    AllocationService allocations;
    @Inject
    FundingService funding;
    @Inject
    DocumentService documents;
    @Inject
    DocumentReaders planDocuments;
    @Inject
    WorkflowService workflow;
    @Inject
    CaseHistory history;
    @Inject
    UserAdministration userAdministration;
    @Inject
    AuditTrail audit;
    @Inject
    NotificationService notifications;

    Actor officer;
    Actor committee;
    Actor administrator;
    Actor owner;
    Actor stranger;
    /** The users' password, to log in over HTTP. */
    String password;
    long programmeId;
    long ppsId;
    long trancheId;
    long documentId;
    WorkTask verifyTask;
    /** The owner's report task, completed. */
    String reportTask;

    @BeforeEach
    void anOrganisationsProgrammeWithAReportWaitingForVerification() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        password = "geheim-" + run;
        OrganisationView mine = identity.createOrganisation("acl-" + run, "Eigenaar " + run);
        OrganisationView other = identity.createOrganisation("acl-other-" + run, "Ander " + run);
        identity.createUser("acl-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("acl-commissie-" + run, "Commissie", "geheim-" + run, null, Set.of(Role.COMMITTEE_MEMBER));
        identity.createUser("acl-beheerder-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        identity.createUser("acl-eigenaar-" + run, "Eigenaar", "geheim-" + run, mine.id(), Set.of(Role.APPLICANT));
        identity.createUser("acl-ander-" + run, "Ander", "geheim-" + run, other.id(), Set.of(Role.APPLICANT));
        officer = identity.actor("acl-adviseur-" + run).orElseThrow();
        committee = identity.actor("acl-commissie-" + run).orElseThrow();
        administrator = identity.actor("acl-beheerder-" + run).orElseThrow();
        owner = identity.actor("acl-eigenaar-" + run).orElseThrow();
        stranger = identity.actor("acl-ander-" + run).orElseThrow();

        programmeId = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Toegang " + run, mine.id(),
                new BigDecimal("500000.00"), new BigDecimal("500000.00"), 1, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));
        ppsId = partnerships.register(officer, new PartnershipRegistration(programmeId, mine.id(), "PPS Toegang", "Twente", "Zorg", "ROC",
                BASELINE, TARGET));
        AwardInFull.award(programmes, workflow, programmeId, officer, committee, owner, new BigDecimal("500000.00"));
        allocations.allocate(officer, AwardInFull.taskOf(workflow, officer, programmeId), new AllocationPlan(List.of(
                new AllocationPlan.Line(ppsId, new BigDecimal("500000.00"), List.of(
                        new AllocationPlan.Tranche(new BigDecimal("500000.00"), LocalDate.now().plusMonths(3), "Mijlpaal",
                                new KpiTarget(Kpi.COMPANIES, new BigDecimal("120"))))))));
        trancheId = funding.fundingOf(owner, ppsId).tranches().get(0).id();
        documentId = documents.store(owner, "partnership:" + ppsId, "bewijs.pdf", PDF).id();
        reportTask = task(owner, "submitProgressReport").id();
        funding.submitProgressReport(owner, reportTask, report(List.of(documentId)));
        verifyTask = task(officer, "verifyProgressReport");
    }

    private WorkTask task(Actor actor, String key) {
        return workflow.inbox(actor).stream().filter(t -> t.taskKey().equals(key) && t.businessKey().equals(String.valueOf(trancheId)))
                .findFirst().orElseThrow();
    }

    private static ProgressReportSubmission report(List<Long> documentIds) {
        return new ProgressReportSubmission(100, new BigDecimal("6.00"), 700, 35, new BigDecimal("250000.00"), "Op koers.", documentIds);
    }

    /**
     * The service interfaces whose methods act for a user (take an {@link Actor}): every one of their entry points
     * is tried below. ArchitectureTest checks that no such interface is missing from this list.
     */
    static final List<Class<?>> SERVICES = List.of(ProgrammeService.class, PartnershipService.class, AllocationService.class,
            FundingService.class, DocumentService.class, DocumentReaders.class, WorkflowService.class, CaseHistory.class, AuditTrail.class,
            UserAdministration.class, IdentityService.class, NotificationService.class);

    /**
     * What another organisation's applicant tries at each entry point ({@code Interface#method}): refused, or
     * answered with nothing of the organisation's, or only about themselves.
     */
    private Map<String, ThrowingCallable> strangersTries() {
        Map<String, ThrowingCallable> tries = new LinkedHashMap<>();
        String task = verifyTask.id();
        // The programme and its award.
        refused(tries, "ProgrammeService#programme", () -> programmes.programme(stranger, programmeId));
        refused(tries, "ProgrammeService#summary", () -> programmes.summary(stranger, programmeId));
        refused(tries, "ProgrammeService#summaryHeld", () -> programmes.summaryHeld(stranger, programmeId));
        refused(tries, "ProgrammeService#comment", () -> programmes.comment(stranger, programmeId, "Mag ik meekijken?"));
        refused(tries, "ProgrammeService#registerConditionalAward", () -> programmes.registerConditionalAward(stranger,
                new ConditionalAwardRegistration("Eigen toekenning", stranger.organisationId(), BigDecimal.TEN, BigDecimal.TEN, 1,
                        LocalDate.now().plusWeeks(6), List.of("V"))));
        refused(tries, "ProgrammeService#submitRevision", () -> programmes.submitRevision(stranger, task,
                new RevisionSubmission(Map.of(), "Overgenomen", 1, List.of())));
        refused(tries, "ProgrammeService#checkCompleteness", () -> programmes.checkCompleteness(stranger, task,
                new CompletenessDecision(true, "Compleet", null)));
        refused(tries, "ProgrammeService#assess", () -> programmes.assess(stranger, task, new AssessmentDecision(AssessmentOutcome.AWARD,
                new BigDecimal("500000.00"), "Zelf toegekend", Map.of())));
        refused(tries, "ProgrammeService#decideOnExpiredDeadline", () -> programmes.decideOnExpiredDeadline(stranger, task,
                new ExpiredDeadlineDecision(DeadlineChoice.WITHDRAW, null, "Weg ermee")));
        sees(tries, "ProgrammeService#programmes", () -> assertThat(programmes.programmes(stranger)).noneMatch(p -> p.id() == programmeId));
        sees(tries, "ProgrammeService#mayComment", () -> assertThat(programmes.mayComment(stranger, programmes.programme(officer, programmeId)))
                .isFalse());
        // Its PPS, allocation and money.
        refused(tries, "PartnershipService#partnership", () -> partnerships.partnership(stranger, ppsId));
        refused(tries, "PartnershipService#register", () -> partnerships.register(stranger, new PartnershipRegistration(programmeId,
                stranger.organisationId(), "PPS Ingebroken", "Twente", "Zorg", "ROC", BASELINE, TARGET)));
        sees(tries, "PartnershipService#partnerships", () -> assertThat(partnerships.partnerships(stranger)).noneMatch(p -> p.id() == ppsId));
        refused(tries, "PartnershipService#correct", () -> partnerships.correct(stranger, ppsId, new PartnershipRegistration(programmeId,
                stranger.organisationId(), "PPS Overgenomen", "Twente", "Zorg", "ROC", BASELINE, TARGET)));
        refused(tries, "PartnershipService#remove", () -> partnerships.remove(stranger, ppsId));
        sees(tries, "PartnershipService#mayRemove", () -> assertThat(partnerships.mayRemove(stranger, ppsId)).isFalse());
        sees(tries, "PartnershipService#acceptsPartnerships", () -> assertThat(partnerships.acceptsPartnerships(stranger, programmeId))
                .as("no PPS added by an applicant").isFalse());
        sees(tries, "PartnershipService#partnershipsOf", () -> assertThat(partnerships.partnershipsOf(stranger, programmeId)).isEmpty());
        refused(tries, "AllocationService#allocationOf", () -> allocations.allocationOf(stranger, programmeId));
        refused(tries, "AllocationService#allocate", () -> allocations.allocate(stranger, task, new AllocationPlan(List.of())));
        refused(tries, "FundingService#fundingOf", () -> funding.fundingOf(stranger, ppsId));
        refused(tries, "FundingService#programmeFunding", () -> funding.programmeFunding(stranger, programmeId));
        refused(tries, "FundingService#programmeResults", () -> funding.programmeResults(stranger, programmeId));
        refused(tries, "FundingService#changeRequestsOf", () -> funding.changeRequestsOf(stranger, ppsId));
        refused(tries, "FundingService#requestChange", () -> funding.requestChange(stranger, new ChangeRequestSubmission(ppsId,
                ChangeKind.CONTENT, trancheId, null, null, "Andere mijlpaal", new KpiTarget(Kpi.COMPANIES, new BigDecimal("150")), null,
                "Waarom niet")));
        refused(tries, "FundingService#trancheOfTask", () -> funding.trancheOfTask(stranger, task, "verifyProgressReport"));
        refused(tries, "FundingService#submitProgressReport", () -> funding.submitProgressReport(stranger, task, report(List.of(documentId))));
        refused(tries, "FundingService#verify", () -> funding.verify(stranger, task, new Verification(new BigDecimal("100"), "Ja")));
        refused(tries, "FundingService#approve", () -> funding.approve(stranger, task, new SecondApproval(true, "Ja")));
        refused(tries, "FundingService#submitCorrectiveActionPlan", () -> funding.submitCorrectiveActionPlan(stranger, task,
                new CorrectiveActionPlan("Overgenomen", List.of())));
        refused(tries, "FundingService#decideOnOverdueReport", () -> funding.decideOnOverdueReport(stranger, task,
                new OverdueDecision(false, null, "Vervalt")));
        refused(tries, "FundingService#decideOnOverduePlan", () -> funding.decideOnOverduePlan(stranger, task,
                new OverdueDecision(false, null, "Vervalt")));
        refused(tries, "FundingService#changeRequestOfTask", () -> funding.changeRequestOfTask(stranger, task));
        refused(tries, "FundingService#decideOnChangeRequest", () -> funding.decideOnChangeRequest(stranger, task,
                new ChangeRequestDecision(true, "Akkoord")));
        refused(tries, "FundingService#stalledReleases", () -> funding.stalledReleases(stranger));
        refused(tries, "FundingService#retryRelease", () -> funding.retryRelease(stranger, trancheId));
        refused(tries, "FundingService#ledger", () -> funding.ledger(stranger));
        refused(tries, "FundingService#ledgerPage", () -> funding.ledgerPage(stranger, 0, 25));
        refused(tries, "FundingService#checkLedger", () -> funding.checkLedger(stranger));
        refused(tries, "FundingService#replayRelease", () -> funding.replayRelease(stranger, trancheId));
        sees(tries, "FundingService#totals", () -> assertThat(funding.totals(stranger)).doesNotContainKey(ppsId));
        sees(tries, "FundingService#programmeTotals", () -> assertThat(funding.programmeTotals(stranger)).doesNotContainKey(programmeId));
        sees(tries, "FundingService#tranchePage", () -> assertThat(funding.tranchePage(stranger,
                nl.ngf.grants.funding.TrancheSelection.all().ofProgramme(programmeId), 0, 50)).satisfies(page -> {
                    assertThat(page.lines()).as("none of its tranches, asked for by its programme").isEmpty();
                    assertThat(page.count()).as("nor counted").isZero();
                    assertThat(page.total()).as("nor added up").isEqualTo(Money.ZERO);
                }));
        sees(tries, "FundingService#programmesWithTranches", () -> assertThat(funding.programmesWithTranches(stranger))
                .doesNotContain(programmeId));
        // Its documents.
        refused(tries, "DocumentService#download", () -> documents.download(stranger, documentId));
        refused(tries, "DocumentService#documents", () -> documents.documents(stranger, List.of(documentId)));
        sees(tries, "DocumentReaders#mayRead", () -> assertThat(planDocuments.mayRead(stranger, "programme:" + programmeId, documentId))
                .as("no one but a committee member is let in by the plan's documents").isFalse());
        sees(tries, "DocumentService#store", () -> assertThat(documents.store(stranger, "partnership:" + ppsId, "eigen.pdf", PDF)
                .id()).as("stored as the stranger's own, which the owner cannot read")
                .satisfies(own -> assertThatThrownBy(() -> documents.download(owner, own)).isInstanceOf(NotAllowedException.class)));
        // Its tasks.
        refused(tries, "WorkflowService#claim", () -> workflow.claim(stranger, task));
        refused(tries, "WorkflowService#takeOver", () -> workflow.takeOver(stranger, task));
        refused(tries, "WorkflowService#unclaim", () -> workflow.unclaim(stranger, task));
        refused(tries, "WorkflowService#complete", () -> workflow.complete(stranger, task, "verifyProgressReport", Map.of()));
        refused(tries, "WorkflowService#modelVersions", () -> workflow.modelVersions(stranger));
        refused(tries, "WorkflowService#decisionTableVersions", () -> workflow.decisionTableVersions(stranger));
        refused(tries, "WorkflowService#migrateToLatest", () -> workflow.migrateToLatest(stranger, "trancheRelease:1:x"));
        refused(tries, "WorkflowService#stalledSteps", () -> workflow.stalledSteps(stranger));
        refused(tries, "WorkflowService#retryStep", () -> workflow.retryStep(stranger, "any-job"));
        sees(tries, "WorkflowService#inbox", () -> assertThat(workflow.inbox(stranger)).noneMatch(t -> t.businessKey().equals(String.valueOf(trancheId))
                || t.businessKey().equals(String.valueOf(programmeId))));
        sees(tries, "WorkflowService#notAvailable", () -> {
            assertThat(workflow.notAvailable(owner, reportTask)).as("the owner is told who completed their task")
                    .isInstanceOf(TaskCompletedException.class).extracting(e -> e.arguments().get(0)).isEqualTo("Eigenaar");
            assertThat(workflow.notAvailable(stranger, reportTask)).as("a stranger learns nothing of it, not even that it was completed")
                    .isExactlyInstanceOf(TaskNotAvailableException.class);
            assertThatThrownBy(() -> funding.submitProgressReport(stranger, reportTask, report(List.of())))
                    .isExactlyInstanceOf(TaskNotAvailableException.class);
        });
        sees(tries, "WorkflowService#tasksAbout", () -> {
            assertThat(workflow.tasksAbout(officer, ProcessKeys.TRANCHE_RELEASE, List.of(String.valueOf(trancheId))))
                    .extracting(WorkTask::id).as("the officer's, so that the question is a real one").containsExactly(task);
            assertThat(workflow.tasksAbout(stranger, ProcessKeys.TRANCHE_RELEASE, List.of(String.valueOf(trancheId)))).isEmpty();
            assertThat(workflow.tasksAbout(stranger, ProcessKeys.GRANT_AWARD, List.of(String.valueOf(programmeId)))).isEmpty();
        });
        sees(tries, "WorkflowService#task", () -> assertThat(workflow.task(stranger, task)).isEmpty());
        // The auditor's and the administrator's screens.
        refused(tries, "AuditTrail#search", () -> audit.search(stranger, new AuditTrail.AuditSearch(null, null, null, null, null, null), 50, 10));
        refused(tries, "AuditTrail#count", () -> audit.count(stranger, new AuditTrail.AuditSearch(null, null, null, null, null, null)));
        refused(tries, "AuditTrail#about", () -> audit.about(stranger, "tranche", List.of(String.valueOf(trancheId))));
        refused(tries, "AuditTrail#withAction", () -> audit.withAction(stranger, "tranche.reportSubmitted"));
        refused(tries, "AuditTrail#verify", () -> audit.verify(stranger));
        sees(tries, "CaseHistory#ofProgramme", () -> {
            refused("CaseHistory#ofProgramme", () -> history.ofProgramme(stranger, programmeId));
            refused("CaseHistory#ofProgramme, the whole file", () -> history.ofProgramme(stranger, programmeId, true));
        });
        refused(tries, "CaseHistory#ofPartnership", () -> history.ofPartnership(stranger, ppsId));
        refused(tries, "UserAdministration#users", () -> userAdministration.users(stranger));
        refused(tries, "UserAdministration#createUser", () -> userAdministration.createUser(stranger, "acl-stiekem-"
                + UUID.randomUUID().toString().substring(0, 8), new UserDetails("Stiekem", null, Set.of(Role.GRANT_OFFICER), true),
                "een lang wachtwoord"));
        refused(tries, "UserAdministration#updateUser", () -> userAdministration.updateUser(stranger, ownerAccount().id(),
                new UserDetails("Overgenomen", stranger.organisationId(), Set.of(Role.APPLICANT), true, null), "een nieuw wachtwoord"));
        refused(tries, "UserAdministration#resetPassword", () -> userAdministration.resetPassword(stranger, ownerAccount().id(),
                "een nieuw wachtwoord"));
        refused(tries, "UserAdministration#createOrganisation", () -> userAdministration.createOrganisation(stranger, "acl-eigen-"
                + UUID.randomUUID().toString().substring(0, 8), "Eigen"));
        refused(tries, "UserAdministration#renameOrganisation", () -> userAdministration.renameOrganisation(stranger,
                owner.organisationId(), "Overgenomen"));
        refused(tries, "NotificationService#unsentMails", () -> notifications.unsentMails(stranger));
        refused(tries, "NotificationService#retryMail", () -> notifications.retryMail(stranger, 1));
        refused(tries, "NotificationService#withdrawMail", () -> notifications.withdrawMail(stranger, 1));
        // What only ever concerns the acting user themselves.
        sees(tries, "UserAdministration#ownEmail", () -> assertThat(userAdministration.ownEmail(stranger)).isNull());
        sees(tries, "UserAdministration#changeOwnEmail", () -> {
            userAdministration.changeOwnEmail(stranger, "ander@pps.example.org");
            assertThat(userAdministration.ownEmail(owner)).as("the owner's address untouched").isNull();
        });
        sees(tries, "UserAdministration#changeOwnPassword", () -> assertThatThrownBy(() -> userAdministration.changeOwnPassword(stranger, "198.51.100.20",
                "niet het wachtwoord", "een heel nieuw wachtwoord", "een heel nieuw wachtwoord")).isInstanceOf(nl.ngf.grants.shared.DomainException.class));
        sees(tries, "IdentityService#hasColleagues", () -> assertThat(identity.hasColleagues(stranger))
                .as("the stranger's organisation has no one else, whatever the owner's has").isFalse());
        return tries;
    }

    private static void refused(Map<String, ThrowingCallable> tries, String entryPoint, ThrowingCallable call) {
        tries.put(entryPoint, () -> refused(entryPoint, call));
    }

    private static void sees(Map<String, ThrowingCallable> tries, String entryPoint, ThrowingCallable check) {
        tries.put(entryPoint, check);
    }

    private static void refused(String what, ThrowingCallable call) {
        assertThatThrownBy(call).as(what).isInstanceOfAny(NotAllowedException.class, TaskNotAvailableException.class)
                .as(what + ": who completed a task is told only to those it was offered to").isNotInstanceOf(TaskCompletedException.class);
    }

    private nl.ngf.grants.identity.UserView ownerAccount() {
        return userAdministration.users(administrator).stream().filter(u -> u.username().equals(owner.username())).findFirst().orElseThrow();
    }

    @Test
    void anotherOrganisationsApplicantReachesNothingWhateverIdIsPassed() {
        for (Map.Entry<String, ThrowingCallable> attempt : strangersTries().entrySet()) {
            try {
                attempt.getValue().call();
            } catch (Throwable e) {
                throw new AssertionError(attempt.getKey() + ": " + e, e);
            }
        }
        nothingChanged();
        assertThat(ownerAccount().displayName()).isEqualTo("Eigenaar");
    }

    @Test
    void everyEntryPointThatActsForAUserIsTriedByAnotherOrganisationsApplicant() {
        Set<String> entryPoints = SERVICES.stream().flatMap(service -> Arrays.stream(service.getMethods()))
                .filter(method -> Arrays.asList(method.getParameterTypes()).contains(Actor.class))
                .map(method -> method.getDeclaringClass().getSimpleName() + "#" + method.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(strangersTries().keySet()).as("an entry point added to a service is tried here too").containsAll(entryPoints)
                .allSatisfy(tried -> assertThat(entryPoints).as("and what is tried exists").contains(tried));
    }

    @Test
    void officersAndAdministratorsReadButOnlyTheRightRoleActs() {
        for (Actor reader : List.of(officer, administrator, owner)) {
            assertThat(programmes.programme(reader, programmeId).summary().id()).isEqualTo(programmeId);
            assertThat(funding.fundingOf(reader, ppsId).tranches()).hasSize(1);
            assertThat(funding.programmeFunding(reader, programmeId).allocated()).isEqualTo(Money.ofEuros(500_000));
            assertThat(documents.download(reader, documentId).content()).isEqualTo(PDF);
        }

        // The administrator reads everything and decides nothing about grants.
        refused("admin registers", () -> programmes.registerConditionalAward(administrator, new ConditionalAwardRegistration("X",
                null, BigDecimal.ONE, BigDecimal.ONE, 1, LocalDate.now().plusWeeks(6), List.of("V"))));
        refused("admin adds a pps", () -> partnerships.register(administrator, new PartnershipRegistration(programmeId, owner.organisationId(),
                "PPS Beheer", "Twente", "Zorg", "ROC", BASELINE, TARGET)));
        assertThat(partnerships.acceptsPartnerships(administrator, programmeId)).as("nor offered to add one").isFalse();
        refused("admin corrects a pps", () -> partnerships.correct(administrator, ppsId, new PartnershipRegistration(programmeId,
                owner.organisationId(), "PPS Beheer", "Twente", "Zorg", "ROC", BASELINE, TARGET)));
        refused("admin removes a pps", () -> partnerships.remove(administrator, ppsId));
        refused("admin verifies", () -> funding.verify(administrator, verifyTask.id(), new Verification(new BigDecimal("100"), "Ja")));
        refused("admin approves", () -> funding.approve(administrator, verifyTask.id(), new SecondApproval(true, "Ja")));
        refused("admin decides an overdue plan", () -> funding.decideOnOverduePlan(administrator, verifyTask.id(),
                new nl.ngf.grants.funding.OverdueDecision(false, null, "Vervalt")));
        refused("admin takes a task on", () -> workflow.claim(administrator, verifyTask.id()));
        refused("committee takes an officer's task on", () -> workflow.claim(committee, verifyTask.id()));
        refused("the applicant takes the officer's task on", () -> workflow.claim(owner, verifyTask.id()));
        // A committee member assesses plans; tranches are not theirs.
        refused("committee verifies", () -> funding.verify(committee, verifyTask.id(), new Verification(new BigDecimal("100"), "Ja")));
        // An officer does not speak for the applicant, and the applicant does not verify.
        refused("officer reports", () -> funding.submitProgressReport(officer, verifyTask.id(), report(List.of())));
        refused("officer asks a change", () -> funding.requestChange(officer, new ChangeRequestSubmission(ppsId, ChangeKind.CONTENT,
                trancheId, null, null, "Anders", new KpiTarget(Kpi.COMPANIES, new BigDecimal("150")), null, "Reden")));
        refused("applicant verifies", () -> funding.verify(owner, verifyTask.id(), new Verification(new BigDecimal("100"), "Ja")));
        refused("officer reads the audit trail", () -> audit.verify(officer));
        refused("officer reads the auditor's history", () -> history.ofPartnership(officer, ppsId));
        refused("committee manages users", () -> userAdministration.users(committee));
        nothingChanged();

        assertThat(funding.verify(officer, verifyTask.id(), new Verification(new BigDecimal("100"), "Gecontroleerd.")))
                .as("the grant officer may").isEqualTo(TrancheStatus.RELEASING);
    }

    /**
     * A committee member reaches what they assess: a plan once a grant officer has found it complete and put it before
     * the committee, with the documents submitted with it; not a plan still with the applicant or the officer, nor a
     * document uploaded and left out of the plan, nor anything after the award: a PPS, its reports and evidence, money.
     */
    @Test
    void aCommitteeMemberReachesThePlansPutBeforeTheCommitteeAndNothingOfTheMoney() {
        long pending = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Nog niet ter beoordeling",
                owner.organisationId(), new BigDecimal("300000.00"), new BigDecimal("300000.00"), 1, LocalDate.now().plusWeeks(6),
                List.of("Voorwaarde")));
        long plan = documents.store(owner, "programme:" + pending, "plan.pdf", PDF).id();
        long leftOut = documents.store(owner, "programme:" + pending, "concept.pdf", PDF).id();
        Map<Long, String> answers = new java.util.HashMap<>();
        programmes.programme(owner, pending).conditions().forEach(c -> answers.put(c.id(), "Gedaan"));
        programmes.submitRevision(owner, AwardInFull.taskOf(workflow, owner, pending), new RevisionSubmission(answers, "Herzien", 1,
                List.of(plan)));

        refused("the plan with the officer", () -> programmes.programme(committee, pending));
        refused("its summary", () -> programmes.summary(committee, pending));
        refused("its document", () -> documents.download(committee, plan));
        assertThat(programmes.programmes(committee)).extracting(ProgrammeSummary::id).as("the plan they assessed, not the one pending")
                .contains(programmeId).doesNotContain(pending);

        programmes.checkCompleteness(officer, AwardInFull.taskOf(workflow, officer, pending), new CompletenessDecision(true, null, null));
        assertThat(programmes.programme(committee, pending).revisions()).singleElement()
                .satisfies(revision -> assertThat(revision.documents()).extracting(DocumentView::id).containsExactly(plan));
        assertThat(documents.download(committee, plan).content()).isEqualTo(PDF);
        assertThat(programmes.programmes(committee)).extracting(ProgrammeSummary::id).contains(programmeId, pending);
        refused("a document left out of the plan", () -> documents.download(committee, leftOut));

        // The award is theirs to give; the money that follows it is not theirs to read.
        assertThat(programmes.programme(committee, programmeId).summary().status()).isEqualTo(ProgrammeStatus.AWARDED);
        refused("the programme's money", () -> funding.programmeFunding(committee, programmeId));
        refused("what its PPSs achieved", () -> funding.programmeResults(committee, programmeId));
        refused("its allocation", () -> allocations.allocationOf(committee, programmeId));
        refused("its PPS", () -> partnerships.partnership(committee, ppsId));
        refused("the PPS's tranches", () -> funding.fundingOf(committee, ppsId));
        refused("the PPS's change requests", () -> funding.changeRequestsOf(committee, ppsId));
        refused("the report's evidence", () -> documents.download(committee, documentId));
        assertThat(partnerships.partnerships(committee)).isEmpty();
        assertThat(partnerships.partnershipsOf(committee, programmeId)).isEmpty();
        assertThat(funding.totals(committee)).isEmpty();
        assertThat(funding.programmeTotals(committee)).doesNotContainKey(programmeId);
        assertThat(funding.tranchePage(committee, nl.ngf.grants.funding.TrancheSelection.all(), 0, Integer.MAX_VALUE).lines()).isEmpty();
        nothingChanged();
    }

    /**
     * Another organisation's applicant who types the file's ids into the address is told on the page that there is no
     * such record for them, and the page answers as the API does, not found (404), naming nothing of the file; the
     * organisation's own applicant reads the same pages (200).
     */
    @Test
    void aPageOfAnotherOrganisationsRecordAnswersNotFoundAndNamesNothing() throws Exception {
        LoggedInHttp script = LoggedInHttp.as(stranger.username(), password);
        LoggedInHttp own = LoggedInHttp.as(owner.username(), password);
        String title = programmes.programme(officer, programmeId).summary().title();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("programme/detail.xhtml?id=" + programmeId, "Dit programma bestaat niet of u heeft er geen toegang toe.");
        pages.put("partnership/detail.xhtml?id=" + ppsId, "Deze pps bestaat niet of u heeft er geen toegang toe.");
        pages.put("funding/change.xhtml?partnership=" + ppsId, "Deze pps bestaat niet of u heeft er geen toegang toe.");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            LoggedInHttp.RawAnswer answer = script.raw(page.getKey(), "text/html");
            assertThat(answer.status()).as(page.getKey()).isEqualTo(404);
            assertThat(answer.body()).as(page.getKey()).contains(page.getValue()).doesNotContain(title);
            assertThat(own.get(page.getKey()).statusCode()).as("the owner's " + page.getKey()).isEqualTo(200);
        }
        nothingChanged();
    }

    /**
     * A script of another organisation's applicant asks the API for the organisation's programme and document by id, and
     * for an administrator's check: each refused with a problem document in the user's language that names nothing of
     * the file (not found, as the pages say it), and each refusal in the audit trail with what was asked for.
     */
    @Test
    void theApiRefusesAStrangersScriptWithAProblemThatNamesNothingAndTheTrailRecordsEachRefusal() throws Exception {
        LoggedInHttp script = LoggedInHttp.as(stranger.username(), password);
        String title = programmes.programme(officer, programmeId).summary().title();
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("api/programmes/" + programmeId, "404 Niet gevonden: Dit programma bestaat niet of u heeft er geen toegang toe.");
        refusals.put("api/documents/" + documentId, "404 Niet gevonden: Dit document bestaat niet of u heeft er geen toegang toe.");
        refusals.put("api/audit/verify", "403 Geen toegang: U heeft geen toegang tot deze gegevens of deze handeling.");
        refusals.put("api/ledger/verify", "403 Geen toegang: U heeft geen toegang tot deze gegevens of deze handeling.");
        refusals.put("api/programmes/" + programmeId + "x", "404 Niet gevonden: Op dit adres van de API is niets te vinden.");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            java.net.http.HttpResponse<String> answer = script.api(refusal.getKey());
            assertThat(answer.headers().firstValue("Content-Type")).as(refusal.getKey()).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            jakarta.json.JsonObject problem = jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readObject();
            assertThat(answer.statusCode() + " " + problem.getString("title") + ": " + problem.getString("detail")).as(refusal.getKey())
                    .isEqualTo(refusal.getValue());
            assertThat(problem.getInt("status")).isEqualTo(answer.statusCode());
            assertThat(problem.getString("instance")).endsWith("/" + refusal.getKey());
            assertThat(answer.body()).as(refusal.getKey()).doesNotContain(title).doesNotContain("bewijs.pdf");
        }
        assertThat(script.api("api/programmes").body()).as("the list, which the stranger may read, has nothing of the file")
                .startsWith("[").doesNotContain(title);
        assertThat(script.api("openapi").body()).as("the API's description says how it refuses, for whoever writes the script")
                .contains("application/problem+json").contains("Problem");

        assertThat(audit.search(administrator, new AuditTrail.AuditSearch(stranger.username(), "access.refused", null, null, null, null), 50))
                .extracting(e -> e.details().replaceAll("^reason=([^;]*); request=GET /[^/]*/?(api/.*)$", "$1 $2"))
                .as("each refusal of a record or a page, with what was asked for; an address that names nothing is no refusal")
                .containsExactlyInAnyOrder("programme.notFound api/programmes/" + programmeId, "document.notFound api/documents/" + documentId,
                        "access.notAllowed api/audit/verify", "access.notAllowed api/ledger/verify");
        nothingChanged();
    }

    /**
     * A script whose session the server ended (half an hour without a request, a restart) while its sign-on still counts
     * is told so, in a problem document, not sent a page; its sign-on ends with it.
     */
    @Test
    void aScriptWhoseSessionEndedIsToldToLogInAgain() throws Exception {
        LoggedInHttp script = LoggedInHttp.as(owner.username(), password);
        assertThat(script.api("api/programmes").statusCode()).isEqualTo(200);
        script.forgetSession();

        java.net.http.HttpResponse<String> answer = script.api("api/programmes");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        jakarta.json.JsonObject problem = jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(401);
        assertThat(problem.getString("title")).isEqualTo("Opnieuw inloggen");
        assertThat(problem.getString("detail")).startsWith("Uw sessie is verlopen");
        assertThat(problem.getString("instance")).endsWith("/api/programmes");
        assertThat(script.api("api/programmes").statusCode()).as("the sign-on ended too: the next request is not logged in").isEqualTo(401);
    }

    /** A script that has not logged in is told to log in first, at every address of the API, and learns nothing of any record. */
    @Test
    void aScriptWithoutALoginIsToldToLogInFirst() throws Exception {
        LoggedInHttp nobody = LoggedInHttp.nobody();
        String title = programmes.programme(officer, programmeId).summary().title();
        for (String address : List.of("api/programmes", "api/programmes/" + programmeId, "api/documents/" + documentId, "api/audit/verify",
                "api/ledger/verify", "api/nothing")) {
            java.net.http.HttpResponse<String> answer = nobody.api(address);
            assertThat(answer.statusCode()).as(address).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as("%s: how to log in: the login form", address).hasValue("FormBased");
            assertThat(answer.headers().firstValue("Content-Language")).as(address).hasValue("nl-NL");
            assertThat(answer.headers().firstValue("Content-Type")).as(address).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            jakarta.json.JsonObject problem = jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readObject();
            assertThat(problem.getString("title") + ": " + problem.getString("detail")).as(address)
                    .startsWith("Niet ingelogd: Log eerst in via de inlogpagina");
            assertThat(problem.getString("instance")).endsWith("/" + address);
            assertThat(answer.body()).as(address).doesNotContain(title).doesNotContain("bewijs.pdf");
            assertThat(answer.headers().allValues("Set-Cookie")).as("%s: no session started for a script that has none", address).isEmpty();
        }
        // A document's link followed in a browser that is not logged in is no script's: the login page, which opens the
        // document after the login (the address Liberty keeps meanwhile).
        java.net.http.HttpResponse<String> followed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("ngf.public-url", String.class)
                                + "/api/documents/" + documentId))
                .header("Accept", "text/html,application/xhtml+xml").header("Sec-Fetch-Mode", "navigate").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(302);
        assertThat(followed.headers().firstValue("Location")).hasValueSatisfying(login -> assertThat(login).endsWith("/login.xhtml"));
        assertThat(followed.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("WASReqURL=")
                .contains("/api/documents/" + documentId));
        assertThat(followed.body()).doesNotContain("bewijs.pdf");
        // The API's description says so of every operation, for whoever writes the script.
        jakarta.json.JsonObject paths = jakarta.json.Json.createReader(new java.io.StringReader(nobody.api("openapi").body())).readObject()
                .getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/programmes", "/api/programmes/{id}", "/api/documents/{id}", "/api/audit/verify", "/api/ledger/verify");
        paths.forEach((path, item) -> item.asJsonObject().entrySet().stream()
                .filter(operation -> List.of("get", "put", "post", "delete", "patch").contains(operation.getKey()))
                .forEach(operation -> assertThat(operation.getValue().asJsonObject().getJsonObject("responses").getJsonObject("401"))
                        .as("%s %s", operation.getKey(), path).isNotNull()
                        .satisfies(unauthorised -> assertThat(unauthorised.toString()).contains("application/problem+json")
                                .contains("#/components/schemas/Problem"))));
    }

    /**
     * A script that asks the API what it cannot answer (a method it does not take, an answer in CSV, an address or a query
     * the server cannot read, or an address whose code fails) is told so in a problem document in the user's language, never a page or the server's own
     * words; a page asked for with a query that cannot be read, or a form posted with a field that cannot be, says *Ongeldig
     * adres*, not that something went wrong. Nothing changes.
     */
    @Test
    void whatTheApiCannotAnswerIsAProblemDocumentAndAnUnreadableQueryIsNoFault() throws Exception {
        LoggedInHttp script = LoggedInHttp.as(owner.username(), password);
        String title = programmes.programme(officer, programmeId).summary().title();
        java.util.function.Consumer<java.net.http.HttpResponse<String>> isAProblem = answer -> assertThat(answer.headers()
                .firstValue("Content-Type")).as(answer.uri().toString()).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        java.net.http.HttpResponse<String> deleted = script.api("DELETE", "api/programmes/" + programmeId, "application/json");
        isAProblem.accept(deleted);
        assertThat(deleted.statusCode() + " " + problemOf(deleted.body())).isEqualTo("405 Handeling niet mogelijk: De API wordt alleen gelezen (GET): er is niets gedaan.");
        assertThat(deleted.headers().firstValue("Allow")).as("what the address does take").hasValueSatisfying(allowed -> assertThat(allowed).contains("GET"));
        java.net.http.HttpResponse<String> posted = script.api("POST", "api/audit/verify", "application/json");
        isAProblem.accept(posted);
        assertThat(posted.statusCode()).isEqualTo(405);

        java.net.http.HttpResponse<String> csv = script.api("GET", "api/programmes", "text/csv");
        isAProblem.accept(csv);
        assertThat(csv.statusCode() + " " + problemOf(csv.body())).isEqualTo("406 Alleen JSON: Dit adres van de API antwoordt alleen in JSON (application/json).");

        // Markup with an encoded slash in the path: the server refuses it before the API sees it, and says so as the API does.
        java.net.http.HttpResponse<String> markup = script.api("api/programmes/%3Cb%3Ex%3C%2Fb%3E");
        isAProblem.accept(markup);
        assertThat(markup.statusCode() + " " + problemOf(markup.body()))
                .isEqualTo("400 Ongeldig adres: Dit adres of dit verzoek kan niet worden gelezen: er is niets gedaan. Controleer het adres.");
        assertThat(markup.body()).doesNotContain("<b>").doesNotContain("CWWW");

        // A fault of the code says that something went wrong, and nothing of what.
        java.net.http.HttpResponse<String> fault = script.api("api/test/fault");
        isAProblem.accept(fault);
        assertThat(fault.statusCode() + " " + problemOf(fault.body()))
                .isEqualTo("500 Er ging iets mis: Er ging iets mis. Probeer het opnieuw; lukt het niet, neem dan contact op met de beheerder.");
        assertThat(fault.body()).doesNotContain(nl.ngf.grants.testsupport.FaultyApiEndpoint.INSIDES).doesNotContain("Exception");

        LoggedInHttp.RawAnswer brokenQuery = script.raw("api/programmes/" + programmeId + "?view=%ZZ", "application/json");
        assertThat(brokenQuery.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(brokenQuery.status() + " " + problemOf(brokenQuery.body()))
                .isEqualTo("400 Ongeldig adres: Dit adres of dit verzoek kan niet worden gelezen: er is niets gedaan. Controleer het adres.");
        assertThat(brokenQuery.body()).doesNotContain(title);

        LoggedInHttp.RawAnswer page = script.raw("programme/detail.xhtml?id=" + programmeId + "%ZZ", "text/html");
        assertThat(page.status()).as("an address that cannot be read, not a fault").isEqualTo(400);
        assertThat(page.body()).contains("<title>Ongeldig adres").contains("Dit adres of dit verzoek kan niet worden gelezen")
                .doesNotContain("Er ging iets mis").doesNotContain(title).doesNotContain("Exception").doesNotContain("CWWW");

        // A form whose fields cannot be read (a comment "50%" sent as it is typed): refused as such, and nothing is posted.
        LoggedInHttp.RawAnswer posted50 = script.rawPost("programme/detail.xhtml?id=" + programmeId,
                java.util.Map.of("comment_SUBMIT", "1", "comment:post", ""), "comment:text", "Winst+50%+hoger");
        assertThat(posted50.status()).as("a form that cannot be read, not a fault: %s", posted50.headers()).isEqualTo(400);
        assertThat(posted50.body()).contains("<title>Ongeldig adres").doesNotContain("Er ging iets mis").doesNotContain("Exception");
        nothingChanged();
    }

    private static String problemOf(String body) {
        jakarta.json.JsonObject problem = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        return problem.getString("title") + ": " + problem.getString("detail");
    }

    /** The auditor's PPS timeline: the tranche case waiting at verification, with the applicant's report in both sources. */
    @Test
    void theAuditorReconstructsTheTrancheFromThePpsTimeline() {
        Timeline timeline = history.ofPartnership(administrator, ppsId);

        assertThat(timeline.cases()).singleElement().satisfies(tranche -> {
            assertThat(tranche.processKey()).isEqualTo("trancheRelease");
            assertThat(tranche.ended()).isNull();
            assertThat(tranche.path().passed()).contains("submitProgressReport");
            assertThat(tranche.path().active()).containsExactly("verifyProgressReport");
        });
        assertThat(timeline.moments()).filteredOn(m -> m.kind().equals("TASK_COMPLETED")).extracting(Timeline.Moment::who)
                .containsExactly(owner.username());
        assertThat(timeline.moments()).filteredOn(m -> m.source() == Timeline.Source.AUDIT).extracting(Timeline.Moment::kind)
                .containsSubsequence("partnership.registered", "tranche.reportRequested", "tranche.reportSubmitted");
    }

    private void nothingChanged() {
        TrancheView tranche = funding.fundingOf(officer, ppsId).tranches().get(0);
        assertThat(tranche.status()).isEqualTo(TrancheStatus.IN_VERIFICATION);
        assertThat(tranche.reports()).hasSize(1);
        assertThat(tranche.decisions()).isEmpty();
        assertThat(funding.changeRequestsOf(officer, ppsId)).isEmpty();
        assertThat(programmes.programme(officer, programmeId).comments()).isEmpty();
        assertThat(workflow.task(officer, verifyTask.id())).hasValueSatisfying(task ->
                assertThat(task.assignee()).as("taken on by nobody").isNull());
    }
}
