package nl.ngf.grants.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static nl.ngf.grants.testsupport.ServerDatabase.dataSource;
import static nl.ngf.grants.testsupport.ServerDatabase.execute;
import static nl.ngf.grants.testsupport.ServerDatabase.postgres;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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
import nl.ngf.grants.funding.internal.TrancheOutcomes;
import nl.ngf.grants.identity.Actor;
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
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.testsupport.AwardInFull;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.HeldTransaction;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.LoggedInHttp;
import nl.ngf.grants.testsupport.Spreadsheets;
import nl.ngf.grants.testsupport.Mailbox;
import nl.ngf.grants.testsupport.Retention;
import nl.ngf.grants.testsupport.SampleFiles;
import nl.ngf.grants.testsupport.Waiting;
import nl.ngf.grants.workflow.FailedStep;
import nl.ngf.grants.workflow.WorkTask;
import nl.ngf.grants.workflow.WorkflowService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money on a real server: an awarded programme allocated over two PPSs, progress reports, the
 * decision table, four eyes, withheld tranches, the ledger's at-most-once release under retries and
 * races, and change requests.
 */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class FundingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(FundingIT.class, ItDatabase.class, AwardInFull.class, Retention.class, Mailbox.class, Mailbox.Mail.class,
                LoggedInHttp.class, Spreadsheets.class);
    }

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
    WorkflowService workflow;
    @Inject
    TrancheOutcomes outcomes;
    @Inject
    ManagementService management;
    @Inject
    org.camunda.bpm.engine.HistoryService history;
    @Inject
    org.camunda.bpm.engine.RepositoryService repository;
    @Inject
    nl.ngf.grants.history.CaseHistory caseHistory;
    @Inject
    UserTransaction transaction;
    @Inject
    nl.ngf.grants.audit.AuditTrail audit;
    @Inject
    nl.ngf.grants.documents.DocumentService documents;

    static final Kpis BASELINE = new Kpis(80, new BigDecimal("4.50"), 600, 30, Money.ofEuros(200_000));
    static final Kpis TARGET = new Kpis(240, new BigDecimal("18.00"), 1200, 60, Money.ofEuros(600_000));

    Actor officer;
    Actor secondOfficer;
    Actor applicant;
    Actor otherApplicant;
    Actor administrator;
    Actor committee;
    long programmeId;
    /** PPS Zorg: EUR 400,000 then EUR 200,000. PPS Techniek: one tranche of EUR 2,000,000 (four eyes by amount). */
    long zorg;
    long techniek;
    /** Where the applicant's reminders go. */
    String applicantAddress;
    /** Every user's password, to log in over HTTP. */
    String password;

    @BeforeEach
    void anAwardedProgrammeAllocatedOverTwoPpss() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        password = "geheim-" + run;
        OrganisationView org = identity.createOrganisation("fund-" + run, "Penvoerder " + run);
        OrganisationView other = identity.createOrganisation("fund-other-" + run, "Ander " + run);
        identity.createUser("fund-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("fund-adviseur2-" + run, "Tweede adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("fund-commissie-" + run, "Commissie", "geheim-" + run, null, Set.of(Role.COMMITTEE_MEMBER));
        applicantAddress = "fund-aanvrager-" + run + "@pps.example.org";
        identity.createUser("fund-aanvrager-" + run, "Aanvrager", "geheim-" + run, org.id(), Set.of(Role.APPLICANT), applicantAddress);
        identity.createUser("fund-ander-" + run, "Ander", "geheim-" + run, other.id(), Set.of(Role.APPLICANT));
        officer = identity.actor("fund-adviseur-" + run).orElseThrow();
        secondOfficer = identity.actor("fund-adviseur2-" + run).orElseThrow();
        committee = identity.actor("fund-commissie-" + run).orElseThrow();
        applicant = identity.actor("fund-aanvrager-" + run).orElseThrow();
        otherApplicant = identity.actor("fund-ander-" + run).orElseThrow();
        identity.createUser("fund-beheer-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        administrator = identity.actor("fund-beheer-" + run).orElseThrow();

        programmeId = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Financiering " + run, org.id(),
                new BigDecimal("3000000.00"), new BigDecimal("3000000.00"), 2, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));
        zorg = partnerships.register(officer, new PartnershipRegistration(programmeId, org.id(), "PPS Zorg", "Twente", "Zorg", "ROC", BASELINE, TARGET));
        techniek = partnerships.register(officer, new PartnershipRegistration(programmeId, org.id(), "PPS Techniek", "Twente", "Techniek", "ROC", BASELINE, TARGET));

        AwardInFull.award(programmes, workflow, programmeId, officer, committee, applicant, new BigDecimal("3000000.00"));

        LocalDate first = LocalDate.now().plusMonths(3);
        allocations.allocate(officer, programmeTask(officer), new AllocationPlan(List.of(
                new AllocationPlan.Line(zorg, new BigDecimal("600000.00"), List.of(
                        new AllocationPlan.Tranche(new BigDecimal("400000.00"), first, "50 bedrijven aangesloten",
                                new KpiTarget(Kpi.COMPANIES, new BigDecimal("130"))),
                        new AllocationPlan.Tranche(new BigDecimal("200000.00"), first.plusYears(1), "Mkb-bereik 10%",
                                new KpiTarget(Kpi.SME_REACH, new BigDecimal("10.00"))))),
                new AllocationPlan.Line(techniek, new BigDecimal("2000000.00"), List.of(
                        new AllocationPlan.Tranche(new BigDecimal("2000000.00"), first, "Campus geopend",
                                new KpiTarget(Kpi.STUDENTS, new BigDecimal("1000"))))))));
    }

    /**
     * Whatever path a test took, the auditor's timelines name every process variable the engine recorded
     * and every operation a user performed on a case in both languages, not only by the engine's word.
     */
    @AfterEach
    void everyVariableAndOperationOnTheTimelinesHasAName() {
        java.util.List<nl.ngf.grants.history.Timeline.Moment> moments = java.util.stream.Stream.of(caseHistory.ofProgramme(administrator, programmeId),
                        caseHistory.ofPartnership(administrator, zorg), caseHistory.ofPartnership(administrator, techniek))
                .flatMap(t -> t.moments().stream()).filter(m -> m.source() == nl.ngf.grants.history.Timeline.Source.ENGINE).toList();
        assertThat(moments).extracting(nl.ngf.grants.history.Timeline.Moment::kind).contains("VARIABLE_SET", "OPERATION");
        for (String language : List.of("nl", "en")) {
            java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle(nl.ngf.grants.web.Messages.BUNDLE, java.util.Locale.forLanguageTag(language));
            assertThat(moments).filteredOn(m -> m.kind().equals("VARIABLE_SET")).extracting(m -> "history.variable." + m.what())
                    .allSatisfy(key -> assertThat(texts.containsKey(key)).as(language + ": " + key).isTrue());
            assertThat(moments).filteredOn(m -> m.kind().equals("OPERATION")).extracting(m -> "history.operation." + m.what())
                    .allSatisfy(key -> assertThat(texts.containsKey(key)).as(language + ": " + key).isTrue());
        }
    }

    @Test
    void theAllocationStartsEachPpsFirstTrancheOnlyAndTheApplicantReportsTheOfficerVerifiesAndTheLedgerPaysOnce() throws Exception {
        PartnershipFunding before = funding.fundingOf(applicant, zorg);
        assertThat(before.tranches()).extracting(TrancheView::status).containsExactly(TrancheStatus.REPORT_DUE, TrancheStatus.SCHEDULED);
        assertThat(funding.fundingOf(applicant, techniek).tranches()).extracting(TrancheView::status).containsExactly(TrancheStatus.REPORT_DUE);
        TrancheView first = before.tranches().get(0);
        assertThat(task(applicant, "submitProgressReport", first.id()).due()).isNotNull();
        long allocated = audit.about(administrator, "programme", List.of(String.valueOf(programmeId))).stream()
                .filter(e -> e.action().equals("programme.allocated")).findFirst().orElseThrow().seq();
        assertThat(audit.about(administrator, "tranche", List.of(String.valueOf(first.id())))).filteredOn(e -> e.action().equals("tranche.reportRequested"))
                .singleElement().as("the trail reads the allocation before the report it asked for").satisfies(e -> assertThat(e.seq()).isGreaterThan(allocated));
        assertThat(audit.about(administrator, "partnership", List.of(String.valueOf(zorg)))).filteredOn(e -> e.action().equals("partnership.allocated"))
                .singleElement().as("the PPS's own schedule, tranche by tranche: what every change request and payment is held to").satisfies(e -> {
                    assertThat(e.details()).isEqualTo("programme=" + programmeId + "; amountCents=60000000; tranche 1: amountCents=40000000, planned="
                            + first.plannedDate() + ", target=COMPANIES 130, milestone=\"50 bedrijven aangesloten\"; tranche 2: amountCents=20000000,"
                            + " planned=" + before.tranches().get(1).plannedDate() + ", target=SME_REACH 10.00, milestone=\"Mkb-bereik 10%\"");
                    assertThat(e.seq()).isGreaterThan(allocated);
                });
        assertThat(workflow.inbox(otherApplicant)).noneMatch(t -> t.businessKey().equals(String.valueOf(first.id())));
        assertThatThrownBy(() -> funding.fundingOf(otherApplicant, zorg)).isInstanceOf(NotAllowedException.class);

        assertThatThrownBy(() -> report(first.id(), report(-5)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("report.companies.range"));
        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).reports()).as("a refused report writes nothing").isEmpty();
        long evidence = documents.store(applicant, "partnership:" + zorg, "deelnemerslijst.pdf", SampleFiles.pdf()).id();
        ProgressReportSubmission withEvidence = report(130);
        report(first.id(), new ProgressReportSubmission(withEvidence.companies(), withEvidence.smeReachPercent(), withEvidence.students(),
                withEvidence.teachers(), withEvidence.cofinancing(), withEvidence.narrative(), List.of(evidence)));
        WorkTask verification = task(officer, "verifyProgressReport", first.id());
        assertThat(verification.due()).as("an officer's verification is due at the end of the Dutch day two weeks after the report")
                .isEqualTo(Deadlines.endOf(Deadlines.today(verification.created()).plusDays(14)).toInstant());
        assertThat(funding.verify(officer, verification.id(),
                new Verification(new BigDecimal("100"), "Aantallen gecontroleerd tegen de deelnemerslijst."))).isEqualTo(TrancheStatus.RELEASING);

        TrancheView released = awaitStatus(zorg, first.id(), TrancheStatus.RELEASED);
        assertThat(released.disbursement().amount()).isEqualTo(Money.ofEuros(400_000));
        assertThat(released.disbursement().authorisedBy()).isEqualTo(officer.username());
        assertThat(released.decisions()).extracting(TrancheView.Decision::kind).containsExactly("VERIFICATION", "RULE");
        assertThat(released.decisions().get(0).measuredAttainment())
                .as("130 companies reported, from a baseline of 80 toward the milestone's 130").isEqualByComparingTo("100.00");
        TrancheView.Decision rule = released.decisions().get(1);
        assertThat(rule.ruleId()).isEqualTo("releaseAttained");
        int deciding = repository.createDecisionDefinitionQuery().decisionDefinitionKey("trancheReleaseDecision").latestVersion()
                .singleResult().getVersion();
        assertThat(rule.tableVersion()).as("the version of the decision table that decided, as the engine has it deployed")
                .isEqualTo(deciding);
        assertThat(audit.about(administrator, "tranche", List.of(String.valueOf(first.id()))))
                .filteredOn(e -> e.action().equals("tranche.decided")).singleElement()
                .satisfies(e -> assertThat(e.details()).startsWith("table=v" + deciding + "; rule=releaseAttained; "));
        assertThat(rule.outcome()).isEqualTo("RELEASE");
        assertThat(rule.explanation()).startsWith("KPI-mijlpaal gehaald");
        assertThat(rule.attainment()).as("the inputs the table was given").isEqualByComparingTo("100");
        assertThat(rule.inputAmount()).isEqualTo(Money.ofEuros(400_000));

        ProgrammeResults results = funding.programmeResults(applicant, programmeId);
        assertThat(results.lines()).extracting(ProgrammeResults.Line::name).containsExactlyInAnyOrder("PPS Zorg", "PPS Techniek");
        assertThat(results.reported()).as("Zorg reported, Techniek not yet").isEqualTo(1);
        assertThat(results.now().companies()).as("Zorg's 130 reported plus Techniek's baseline of 80").isEqualTo(210);
        assertThat(results.now().smeReachPercent()).as("the mean of 9.50% and 4.50%").isEqualByComparingTo("7.00");
        assertThatThrownBy(() -> funding.programmeResults(otherApplicant, programmeId)).isInstanceOf(NotAllowedException.class);

        PartnershipFunding after = funding.fundingOf(applicant, zorg);
        assertThat(after.released()).isEqualTo(Money.ofEuros(400_000));
        assertThat(after.remaining()).isEqualTo(Money.ofEuros(200_000));
        assertThat(after.tranches().get(1).status()).as("the next tranche starts after the release").isEqualTo(TrancheStatus.REPORT_DUE);
        assertThat(everyTranche(applicant)).as("the tranche list, by planned date and PPS: the paid one paid")
                .filteredOn(t -> t.programmeId() == programmeId)
                .extracting(TrancheOverview::partnershipName, TrancheOverview::sequence, TrancheOverview::status, t -> t.paidAt() != null)
                .containsExactly(tuple("PPS Techniek", 1, TrancheStatus.REPORT_DUE, false), tuple("PPS Zorg", 1, TrancheStatus.RELEASED, true),
                        tuple("PPS Zorg", 2, TrancheStatus.REPORT_DUE, false));
        assertThat(everyTranche(officer)).filteredOn(t -> t.programmeId() == programmeId).hasSize(3);
        assertThat(everyTranche(otherApplicant)).noneMatch(t -> t.programmeId() == programmeId);
        assertThat(funding.totals(applicant).get(zorg)).satisfies(totals -> {
            assertThat(totals.allocated()).isEqualTo(Money.ofEuros(600_000));
            assertThat(totals.released()).isEqualTo(Money.ofEuros(400_000));
            assertThat(totals.latest().companies()).as("the figures of Zorg's report, for the list's download").isEqualTo(130);
            assertThat(totals.reportedAt()).isEqualTo(released.reports().get(0).submittedAt());
        });
        assertThat(funding.totals(applicant).get(techniek).latest()).as("Techniek has not reported yet").isNull();
        assertThat(funding.totals(otherApplicant)).doesNotContainKey(zorg);
        assertThat(funding.programmeTotals(applicant).get(programmeId)).as("the programme list's money column")
                .isEqualTo(new FundingService.ProgrammeTotals(Money.ofEuros(2_600_000), Money.ofEuros(400_000)));
        assertThat(funding.programmeTotals(otherApplicant)).doesNotContainKey(programmeId);
        ProgrammeFunding programmeMoney = funding.programmeFunding(officer, programmeId);
        assertThat(programmeMoney).extracting(ProgrammeFunding::awarded, ProgrammeFunding::allocated, ProgrammeFunding::released,
                ProgrammeFunding::closure).containsExactly(Money.ofEuros(3_000_000), Money.ofEuros(2_600_000), Money.ofEuros(400_000), null);
        assertThat(programmeMoney.allocation()).as("when and by whom the award was allocated").satisfies(allocation -> {
            assertThat(allocation.by()).isEqualTo(officer.username());
            assertThat(allocation.partnerships()).isEqualTo(2);
            assertThat(allocation.at()).isBefore(programmeMoney.payments().get(0).releasedAt().plusMillis(1));
        });
        assertThat(programmeMoney.payments()).as("the ledger's one line, as the programme page lists it").singleElement().satisfies(payment -> {
            assertThat(payment.partnershipId()).isEqualTo(zorg);
            assertThat(payment.tranche()).isEqualTo(1);
            assertThat(payment.amount()).isEqualTo(Money.ofEuros(400_000));
            assertThat(payment.authorisedBy()).isEqualTo(officer.username());
        });

        // Forcing the release to run again changes nothing; the database itself refuses a second ledger line.
        inTransaction(() -> outcomes.release(first.id()));
        assertThat(ledgerLines(first.id())).isEqualTo(1);
        assertThatThrownBy(() -> insertDisbursement(first.id(), zorg)).isInstanceOf(SQLException.class);
        if (postgres()) {
            assertThatThrownBy(() -> execute("update disbursement set amount_cents = 1 where tranche_id = " + first.id()))
                    .as("the ledger itself refuses to change a payment").hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute("delete from tranche_decision where tranche_id = " + first.id()))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute("delete from progress_report_document where document_id = " + evidence))
                    .as("nor the evidence a report was paid on").hasMessageContaining("append-only");
        }
        assertThat(funding.fundingOf(officer, zorg).released()).isEqualTo(Money.ofEuros(400_000));
    }

    @Test
    void aLargeTrancheNeedsASecondOfficerWhoIsNotTheVerifier() throws Exception {
        long trancheId = funding.fundingOf(officer, techniek).tranches().get(0).id();
        report(trancheId, report(250));
        assertThat(funding.verify(officer, task(officer, "verifyProgressReport", trancheId).id(),
                new Verification(new BigDecimal("110"), "Ruim gehaald."))).isEqualTo(TrancheStatus.AWAITING_SECOND_APPROVAL);
        WorkTask approvalTask = task(officer, "approveRelease", trancheId);
        String approval = approvalTask.id();
        assertThat(approvalTask.forAColleague()).as("the verifier's inbox says the approval is for a colleague").isTrue();
        assertThat(task(secondOfficer, "approveRelease", trancheId).forAColleague()).isFalse();

        // The engine's side of four eyes: the verifier cannot take the approval on either, so it never waits on them.
        assertThatThrownBy(() -> workflow.claim(officer, approval))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("task.fourEyes"));
        assertThatThrownBy(() -> workflow.takeOver(officer, approval))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("task.fourEyes"));
        assertThat(task(secondOfficer, "approveRelease", trancheId).assignee()).as("refused, so nobody has it").isNull();
        assertThatThrownBy(() -> funding.approve(officer, approval, new SecondApproval(true, "Akkoord")))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("approve.sameOfficer"));
        assertThatThrownBy(() -> workflow.complete(officer, approval, "approveRelease", Map.of("approved", true)))
                .as("nor can the verifier complete it past the funding service")
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("task.fourEyes"));
        assertThat(workflow.claim(secondOfficer, approval).assignee()).isEqualTo(secondOfficer.username());
        assertThat(funding.fundingOf(officer, techniek).tranches().get(0).status()).isEqualTo(TrancheStatus.AWAITING_SECOND_APPROVAL);
        assertThat(ledgerLines(trancheId)).isZero();

        funding.approve(secondOfficer, approval, new SecondApproval(true, "Akkoord, bewijs gezien."));
        TrancheView released = awaitStatus(techniek, trancheId, TrancheStatus.RELEASED);
        assertThat(released.disbursement().authorisedBy()).isEqualTo(secondOfficer.username());
        assertThat(released.decisions()).extracting(TrancheView.Decision::kind, TrancheView.Decision::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VERIFICATION", "VERIFIED"),
                org.assertj.core.groups.Tuple.tuple("RULE", "RELEASE_AFTER_SECOND_APPROVAL"),
                org.assertj.core.groups.Tuple.tuple("APPROVAL", "APPROVED"));
        assertThat(released.decisions().get(1).ruleId()).isEqualTo("secondApprovalLargeTranche");
        assertThat(funding.checkLedger(administrator).findings()).filteredOn(f -> f.objectId() == trancheId).isEmpty();

        // The reconciliation sees four eyes broken behind the application's back: the approval as the verifier's own
        // (where the database lets anyone change a decision at all).
        if (!postgres()) {
            String byApprover = " where tranche_id = " + trancheId + " and kind = 'APPROVAL'";
            try {
                execute("update tranche_decision set decided_by = '" + officer.username() + "'" + byApprover);
                assertThat(funding.checkLedger(administrator).findings()).filteredOn(f -> f.objectId() == trancheId)
                        .extracting(LedgerCheck.Finding::code, LedgerCheck.Finding::expected, LedgerCheck.Finding::found).contains(
                                org.assertj.core.groups.Tuple.tuple(LedgerCheck.FOUR_EYES, officer.username(), officer.username()));
            } finally {
                execute("update tranche_decision set decided_by = '" + secondOfficer.username() + "'" + byApprover);
            }
            assertThat(funding.checkLedger(administrator).findings()).as("restored").filteredOn(f -> f.objectId() == trancheId).isEmpty();
        }
    }

    @Test
    void aRefusedSecondApprovalWithholdsTheTrancheAndTheTrailReadsTheRefusalBeforeThePlanItAsksFor() {
        long trancheId = funding.fundingOf(officer, techniek).tranches().get(0).id();
        report(trancheId, report(250));
        assertThat(funding.verify(officer, task(officer, "verifyProgressReport", trancheId).id(),
                new Verification(new BigDecimal("110"), "Ruim gehaald."))).isEqualTo(TrancheStatus.AWAITING_SECOND_APPROVAL);
        String approval = task(secondOfficer, "approveRelease", trancheId).id();
        assertThatThrownBy(() -> funding.approve(secondOfficer, approval, new SecondApproval(false, " ")))
                .as("a refusal says why").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approve.reasoning.required"));
        assertThat(funding.fundingOf(officer, techniek).tranches().get(0).status()).isEqualTo(TrancheStatus.AWAITING_SECOND_APPROVAL);

        funding.approve(secondOfficer, approval, new SecondApproval(false, "De getekende deelnemerslijst ontbreekt."));
        TrancheView withheld = funding.fundingOf(applicant, techniek).tranches().get(0);
        assertThat(withheld.status()).isEqualTo(TrancheStatus.WITHHELD);
        assertThat(withheld.decisions()).extracting(TrancheView.Decision::outcome)
                .containsExactly("VERIFIED", "RELEASE_AFTER_SECOND_APPROVAL", "REFUSED");
        assertThat(ledgerLines(trancheId)).isZero();
        assertThat(task(applicant, "submitCorrectiveActionPlan", trancheId).due()).isNotNull();
        assertThat(audit.about(administrator, "tranche", List.of(String.valueOf(trancheId))))
                .filteredOn(e -> e.action().startsWith("tranche.")).extracting(e -> e.action() + " " + e.details())
                .as("the refusal, who verified and why it was refused, then the plan it asks for with the plan's deadline")
                .endsWith("tranche.secondApproval refused; verifier=" + officer.username() + "; reasoning=\"De getekende deelnemerslijst ontbreekt.\"",
                        "tranche.planRequested deadline=" + withheld.planDue());
    }

    @Test
    void fourEyesLooksAtTheLatestVerification() throws Exception {
        long trancheId = funding.fundingOf(officer, techniek).tranches().get(0).id();
        report(trancheId, report(100));
        assertThat(funding.verify(officer, task(officer, "verifyProgressReport", trancheId).id(),
                new Verification(new BigDecimal("50"), "Campus nog niet open."))).isEqualTo(TrancheStatus.WITHHELD);
        funding.submitCorrectiveActionPlan(applicant, task(applicant, "submitCorrectiveActionPlan", trancheId).id(),
                new CorrectiveActionPlan("Opening in het voorjaar; 1.000 studenten ingeschreven.", List.of()));
        assertThat(funding.verify(secondOfficer, task(secondOfficer, "verifyProgressReport", trancheId).id(),
                new Verification(new BigDecimal("100"), "Campus open."))).isEqualTo(TrancheStatus.AWAITING_SECOND_APPROVAL);

        // The colleague verified this round: the approval is theirs to leave, and the first round's verifier approves.
        assertThat(task(secondOfficer, "approveRelease", trancheId).forAColleague()).isTrue();
        assertThatThrownBy(() -> workflow.claim(secondOfficer, task(secondOfficer, "approveRelease", trancheId).id()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("task.fourEyes"));
        WorkTask approval = task(officer, "approveRelease", trancheId);
        assertThat(approval.forAColleague()).isFalse();
        funding.approve(officer, approval.id(), new SecondApproval(true, "Akkoord."));
        assertThat(awaitStatus(techniek, trancheId, TrancheStatus.RELEASED).disbursement().authorisedBy()).isEqualTo(officer.username());
    }

    @Test
    void aWithheldTrancheWaitsForACorrectiveActionPlanAndANewVerification() throws Exception {
        long trancheId = funding.fundingOf(officer, zorg).tranches().get(0).id();
        report(trancheId, report(90));
        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).measuredAttainment())
                .as("what the officer is shown: 90 companies, from 80 toward 130").isEqualByComparingTo("20.00");
        assertThat(funding.verify(officer, task(officer, "verifyProgressReport", trancheId).id(),
                new Verification(new BigDecimal("60"), "Slechts 30 van de 50 bedrijven."))).isEqualTo(TrancheStatus.WITHHELD);
        assertThat(ledgerLines(trancheId)).isZero();

        String planTask = task(applicant, "submitCorrectiveActionPlan", trancheId).id();
        assertThatThrownBy(() -> funding.submitCorrectiveActionPlan(applicant, planTask, new CorrectiveActionPlan(" ", List.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("corrective.plan.required"));
        funding.submitCorrectiveActionPlan(applicant, planTask, new CorrectiveActionPlan("Twee accountmanagers extra; 25 bedrijven in gesprek.", List.of()));
        assertThat(funding.verify(officer, task(officer, "verifyProgressReport", trancheId).id(),
                new Verification(new BigDecimal("100"), "Nu 52 bedrijven."))).isEqualTo(TrancheStatus.RELEASING);

        TrancheView released = awaitStatus(zorg, trancheId, TrancheStatus.RELEASED);
        assertThat(released.reports()).extracting(TrancheView.Report::correctivePlan).containsExactly(false, true);
        assertThat(released.decisions()).extracting(TrancheView.Decision::outcome)
                .containsExactly("VERIFIED", "WITHHOLD", "VERIFIED", "RELEASE");
        assertThat(released.decisions()).filteredOn(d -> d.kind().equals("VERIFICATION"))
                .extracting(d -> d.attainment().toPlainString() + " measured " + d.measuredAttainment().toPlainString())
                .as("what each officer found beside what the report's figures measure; a plan has none of its own")
                .containsExactly("60.00 measured 20.00", "100.00 measured 20.00");
        assertThat(audit.about(administrator, "tranche", List.of(String.valueOf(trancheId)))).extracting(e -> e.details())
                .filteredOn(d -> d.contains("remarks=") || d.contains("plan="))
                .as("the trail reads what each officer found and why, and the plan the withheld tranche asked for")
                .containsExactly("attainment=60.00; measured=20.00 (COMPANIES from 80 to 130); remarks=\"Slechts 30 van de 50 bedrijven.\"",
                        "documents=[]; plan=\"Twee accountmanagers extra; 25 bedrijven in gesprek.\"",
                        "attainment=100.00; measured=20.00 (COMPANIES from 80 to 130); remarks=\"Nu 52 bedrijven.\"");
        assertThat(funding.programmeFunding(applicant, programmeId).setbacks()).as("the programme's course says the tranche was withheld")
                .singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo("WITHHELD");
                    assertThat(e.partnershipName()).isEqualTo("PPS Zorg");
                    assertThat(e.tranche()).isEqualTo(1);
                });
    }

    @Test
    void aReleaseThatFailsAfterWritingIsRetriedAndTwoRacingReleasesPayOnce() throws Exception {
        long trancheId = funding.fundingOf(officer, zorg).tranches().get(0).id();
        JobDefinition releaseJobs = releaseJobs();
        // Hold new release jobs back from the job executor so this test decides when they run.
        management.suspendJobDefinitionById(releaseJobs.getId());
        try {
            report(trancheId, report(130));
            funding.verify(officer, task(officer, "verifyProgressReport", trancheId).id(), new Verification(new BigDecimal("100"), "Gehaald."));
            Job job = management.createJobQuery().activityId("releaseTranche").processInstanceId(processOf(trancheId)).singleResult();
            assertThat(job.isSuspended()).isTrue();

            // The job writes the ledger line, then its transaction fails: nothing is left behind.
            transaction.begin();
            management.activateJobById(job.getId());
            management.executeJob(job.getId());
            assertThat(ledgerLines(trancheId)).as("written inside the transaction").isEqualTo(1);
            transaction.rollback();
            assertThat(ledgerLines(trancheId)).isZero();
            assertThat(funding.fundingOf(officer, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.RELEASING);

            // Two releases of the same tranche at the same moment, as two engines would: one ledger line.
            ExecutorService executor = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
            CountDownLatch start = new CountDownLatch(1);
            Callable<String> release = () -> {
                start.await();
                UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
                tx.begin();
                try {
                    outcomes.release(trancheId);
                    tx.commit();
                    return "done";
                } catch (Exception e) {
                    tx.rollback();
                    return "refused";
                }
            };
            Future<String> one = executor.submit(release);
            Future<String> two = executor.submit(release);
            start.countDown();
            assertThat(List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS))).contains("done");
            assertThat(ledgerLines(trancheId)).isEqualTo(1);

            // The retried job then finds the tranche paid and pays nothing more; the case ends.
            transaction.begin();
            management.activateJobById(job.getId());
            management.executeJob(job.getId());
            transaction.commit();
            assertThat(ledgerLines(trancheId)).isEqualTo(1);
            assertThat(workflow.isRunning(processOf(trancheId))).isFalse();
            assertThat(funding.fundingOf(officer, zorg).released()).isEqualTo(Money.ofEuros(400_000));
        } finally {
            management.activateJobDefinitionById(releaseJobs.getId(), true);
        }
    }

    /**
     * The applicant's progress report sent twice at once (a double click sends the form twice): the one that comes second
     * waits for the first and is then told what it is told afterwards, that the report is in; not a server error. The
     * tranche has the one report, with the first one's figures.
     */
    @Test
    void aReportSentTwiceAtOnceIsRecordedOnceAndTheSecondIsToldItIsIn() throws Exception {
        long trancheId = funding.fundingOf(applicant, zorg).tranches().get(0).id();
        String taskId = task(applicant, "submitProgressReport", trancheId).id();
        HeldTransaction.Raced<Void, String> raced = HeldTransaction.race(() -> {
            funding.submitProgressReport(applicant, taskId, report(130));
            return null;
        }, () -> {
            try {
                funding.submitProgressReport(applicant, taskId, report(140));
                return "recorded";
            } catch (DomainException e) {
                return e.messageKey();
            }
        });
        // Told the task is done: by whom when the engine's history already shows it (as it does afterwards), else plainly.
        assertThat(raced.second()).isIn("task.completedBy", "task.notAvailable");
        assertThat(catchThrowableOfType(DomainException.class,
                () -> funding.submitProgressReport(applicant, taskId, report(150))).messageKey()).isEqualTo("task.completedBy");
        assertThat(funding.fundingOf(applicant, zorg).tranches().get(0).reports()).singleElement()
                .satisfies(r -> assertThat(r.companies()).isEqualTo(130));
        assertThat(audit.about(administrator, "tranche", List.of(String.valueOf(trancheId))))
                .filteredOn(e -> e.action().equals("tranche.reportSubmitted")).hasSize(1);
    }

    /**
     * The administrator reconciles the whole ledger and runs a paid tranche's payment step again: nothing
     * is paid twice, and a ledger altered behind the application's back is named.
     */
    @Test
    void theAdministratorReconcilesTheLedgerAndRunningAPaidTranchesPaymentStepAgainPaysNothing() throws Exception {
        List<TrancheView> tranches = funding.fundingOf(officer, zorg).tranches();
        long paid = tranches.get(0).id();
        long unpaid = tranches.get(1).id();
        report(paid, report(130));
        funding.verify(officer, task(officer, "verifyProgressReport", paid).id(), new Verification(new BigDecimal("100"), "Gehaald."));
        awaitStatus(zorg, paid, TrancheStatus.RELEASED);

        LedgerCheck check = funding.checkLedger(administrator);
        assertThat(check.findings()).as("every payment the suite made so far is in order").isEmpty();
        assertThat(check.intact()).isTrue();
        assertThat(check.payments()).isEqualTo(funding.ledger(administrator).size()).isPositive();
        assertThat(funding.ledger(administrator)).filteredOn(line -> line.trancheId() == paid).singleElement().satisfies(line -> {
            assertThat(line.programmeId()).isEqualTo(programmeId);
            assertThat(line.partnershipName()).isEqualTo("PPS Zorg");
            assertThat(line.tranche()).isEqualTo(1);
            assertThat(line.amount()).isEqualTo(Money.ofEuros(400_000));
            assertThat(line.authorisedBy()).isEqualTo(officer.username());
        });
        List<LedgerLine> whole = funding.ledger(administrator);
        List<LedgerLine> paged = new java.util.ArrayList<>();
        for (int first = 0; first < whole.size(); first += 2) {
            LedgerExtract page = funding.ledgerPage(administrator, first, 2);
            assertThat(page.count()).isEqualTo(whole.size());
            assertThat(page.total()).isEqualTo(whole.stream().map(LedgerLine::amount).reduce(Money.ZERO, Money::plus));
            paged.addAll(page.lines());
        }
        assertThat(paged).as("read two lines at a time, the pages are the whole ledger, newest first").isEqualTo(whole);
        assertThat(funding.ledgerPage(administrator, whole.size(), 2).lines()).as("past the last line").isEmpty();
        for (Actor notAdministrator : List.of(officer, secondOfficer, committee, applicant, otherApplicant)) {
            assertThatThrownBy(() -> funding.checkLedger(notAdministrator)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> funding.ledger(notAdministrator)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> funding.ledgerPage(notAdministrator, 0, 25)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> funding.replayRelease(notAdministrator, paid)).isInstanceOf(NotAllowedException.class);
        }

        ReleaseReplay replay = funding.replayRelease(administrator, paid);
        assertThat(replay.ledgerChanged()).isFalse();
        assertThat(replay).extracting(ReleaseReplay::linesBefore, ReleaseReplay::linesAfter, ReleaseReplay::paidToPartnershipBefore,
                ReleaseReplay::paidToPartnershipAfter).containsExactly(1L, 1L, Money.ofEuros(400_000), Money.ofEuros(400_000));
        assertThat(ledgerLines(paid)).isEqualTo(1);
        assertThat(funding.fundingOf(officer, zorg).tranches()).extracting(TrancheView::status)
                .containsExactly(TrancheStatus.RELEASED, TrancheStatus.REPORT_DUE);
        assertThat(audit.about(administrator, "tranche", List.of(String.valueOf(paid))))
                .filteredOn(e -> e.action().equals("tranche.releaseReplayed")).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("ledgerLines 1 -> 1; paidToPpsCents 40000000 -> 40000000"));
        assertThatThrownBy(() -> funding.replayRelease(administrator, unpaid))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ledger.replay.notPaid"));
        assertThat(ledgerLines(unpaid)).isZero();
        assertThat(funding.checkLedger(administrator).intact()).isTrue();

        // Altered behind the application's back: a tranche marked released without a payment, and (where
        // the database lets anyone change the ledger at all) a payment's amount, then the payment itself.
        if (!postgres()) {
            execute("create table it_ledger_backup as select * from disbursement where tranche_id = " + paid);
        }
        try {
            execute("update tranche_release set status = 'RELEASED' where tranche_id = " + unpaid);
            if (!postgres()) {
                execute("update disbursement set amount_cents = 100 where tranche_id = " + paid);
                execute("update tranche_decision set input_amount_cents = 20000000 where kind = 'RULE' and tranche_id = " + paid);
            }
            List<LedgerCheck.Finding> findings = funding.checkLedger(administrator).findings();
            assertThat(findings).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo(LedgerCheck.PAYMENT_MISSING);
                assertThat(f.objectId()).isEqualTo(unpaid);
                assertThat(f.subject()).isEqualTo(programmes.summary(administrator, programmeId).reference() + " PPS Zorg – tranche 2");
            });
            if (!postgres()) {
                assertThat(findings).filteredOn(f -> f.objectId() == paid).extracting(LedgerCheck.Finding::code, LedgerCheck.Finding::expected,
                        LedgerCheck.Finding::found).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LedgerCheck.AMOUNT, Money.ofEuros(400_000), Money.ofCents(100)),
                        org.assertj.core.groups.Tuple.tuple(LedgerCheck.DECIDED_AMOUNT, Money.ofEuros(200_000), Money.ofCents(100)),
                        org.assertj.core.groups.Tuple.tuple(LedgerCheck.AUDIT, Money.ofCents(100), Money.ofEuros(400_000)));
                execute("update tranche_decision set input_amount_cents = 40000000 where kind = 'RULE' and tranche_id = " + paid);
                // The decision table's word turned into a withholding: the payment had no decision to release it.
                execute("update tranche_decision set outcome = 'WITHHOLD' where kind = 'RULE' and tranche_id = " + paid);
                assertThat(funding.checkLedger(administrator).findings()).filteredOn(f -> f.objectId() == paid)
                        .extracting(LedgerCheck.Finding::code, LedgerCheck.Finding::expected, LedgerCheck.Finding::found).contains(
                                org.assertj.core.groups.Tuple.tuple(LedgerCheck.NOT_DECIDED, ReleaseDecision.RELEASE, ReleaseDecision.WITHHOLD));
                execute("update tranche_decision set outcome = 'RELEASE' where kind = 'RULE' and tranche_id = " + paid);
                // The payment removed from the ledger: the tranche is released but unpaid, and the trail still records it.
                execute("update disbursement set amount_cents = 40000000 where tranche_id = " + paid);
                execute("delete from disbursement where tranche_id = " + paid);
                assertThat(funding.checkLedger(administrator).findings()).filteredOn(f -> f.objectId() == paid)
                        .extracting(LedgerCheck.Finding::code).containsExactlyInAnyOrder(LedgerCheck.PAYMENT_MISSING, LedgerCheck.AUDITED_NOT_PAID);
            }
        } finally {
            execute("update tranche_release set status = 'REPORT_DUE' where tranche_id = " + unpaid);
            if (!postgres()) {
                execute("update disbursement set amount_cents = 40000000 where tranche_id = " + paid);
                execute("update tranche_decision set input_amount_cents = 40000000 where kind = 'RULE' and tranche_id = " + paid);
                execute("insert into disbursement select * from it_ledger_backup where not exists"
                        + " (select 1 from disbursement where tranche_id = " + paid + ")");
                execute("drop table it_ledger_backup");
            }
        }
        assertThat(funding.checkLedger(administrator).intact()).as("restored").isTrue();
    }

    @Test
    void theTrancheOverviewListsEachTrancheOnceByPlannedDateToThoseWhoMaySeeItsPps() throws Exception {
        long first = funding.fundingOf(officer, zorg).tranches().get(0).id();
        report(first, report(130));
        funding.verify(officer, task(officer, "verifyProgressReport", first).id(), new Verification(new BigDecimal("100"), "Gehaald."));
        awaitStatus(zorg, first, TrancheStatus.RELEASED);
        String reference = programmes.summary(officer, programmeId).reference();

        for (Actor reader : List.of(applicant, officer, administrator)) {
            List<TrancheOverview> ours = everyTranche(reader).stream().filter(t -> t.programmeId() == programmeId).toList();
            assertThat(ours).as(reader.username()).extracting(TrancheOverview::partnershipName, TrancheOverview::sequence, TrancheOverview::amount,
                    TrancheOverview::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("PPS Techniek", 1, Money.ofEuros(2_000_000), TrancheStatus.REPORT_DUE),
                    org.assertj.core.groups.Tuple.tuple("PPS Zorg", 1, Money.ofEuros(400_000), TrancheStatus.RELEASED),
                    org.assertj.core.groups.Tuple.tuple("PPS Zorg", 2, Money.ofEuros(200_000), TrancheStatus.REPORT_DUE));
            assertThat(ours).allSatisfy(t -> assertThat(t.programmeReference()).isEqualTo(reference));
            assertThat(ours.get(1).paidAt()).isNotNull();
            assertThat(ours.get(1).isOpen()).isFalse();
            assertThat(ours.get(0).paidAt()).isNull();
        }
        assertThat(everyTranche(otherApplicant)).as("another organisation's applicant").noneMatch(t -> t.programmeId() == programmeId);
        assertThat(everyTranche(committee)).as("the committee, who assessed the plan and not its PPSs").isEmpty();

        // The list reads them a page at a time: the open ones of the programme, the paid one, and the pages of each
        // selection together are that selection whole, in the same order, each page counting and adding up all of it.
        assertThat(funding.tranchePage(applicant, TrancheSelection.open().ofProgramme(programmeId), 0, 50).lines())
                .extracting(TrancheOverview::partnershipName, TrancheOverview::sequence)
                .containsExactly(tuple("PPS Techniek", 1), tuple("PPS Zorg", 2));
        assertThat(funding.tranchePage(applicant, TrancheSelection.in(TrancheStatus.RELEASED).ofProgramme(programmeId), 0, 50))
                .satisfies(paid -> {
                    assertThat(paid.lines()).extracting(TrancheOverview::trancheId).containsExactly(first);
                    assertThat(paid.count()).isEqualTo(1);
                    assertThat(paid.total()).isEqualTo(Money.ofEuros(400_000));
                });
        for (TrancheSelection selection : List.of(TrancheSelection.all(), TrancheSelection.open(), TrancheSelection.in(TrancheStatus.REPORT_DUE),
                TrancheSelection.all().ofProgramme(programmeId), TrancheSelection.open().ofProgramme(programmeId))) {
            List<TrancheOverview> whole = everyTranche(officer).stream()
                    .filter(t -> selection.statuses().isEmpty() || selection.statuses().contains(t.status()))
                    .filter(t -> selection.programmeId() == null || selection.programmeId() == t.programmeId()).toList();
            assertThat(whole).as("something to page through").isNotEmpty();
            List<TrancheOverview> paged = new java.util.ArrayList<>();
            for (int from = 0; from < whole.size(); from += 7) {
                TrancheExtract page = funding.tranchePage(officer, selection, from, 7);
                assertThat(page.count()).as("counted: " + selection).isEqualTo(whole.size());
                assertThat(page.total()).as("added up: " + selection)
                        .isEqualTo(whole.stream().map(TrancheOverview::amount).reduce(Money.ZERO, Money::plus));
                paged.addAll(page.lines());
            }
            assertThat(paged).as("seven at a time: " + selection).isEqualTo(whole);
            assertThat(funding.tranchePage(officer, selection, whole.size(), 7).lines()).as("past the last").isEmpty();
        }
        assertThat(funding.tranchePage(committee, TrancheSelection.all(), 0, 50).count()).isZero();
        assertThat(funding.programmesWithTranches(applicant)).contains(programmeId);
        assertThat(funding.programmesWithTranches(otherApplicant)).doesNotContain(programmeId);
        assertThat(funding.programmesWithTranches(committee)).isEmpty();
    }

    @Test
    void theAuditorGoesFromAProgrammesTimelineToEachOfItsPpssAndBack() {
        nl.ngf.grants.history.Timeline programme = caseHistory.ofProgramme(administrator, programmeId);
        assertThat(programme.related()).extracting(nl.ngf.grants.history.Timeline.Related::kind, nl.ngf.grants.history.Timeline.Related::id,
                nl.ngf.grants.history.Timeline.Related::name).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("pps", zorg, "PPS Zorg"), org.assertj.core.groups.Tuple.tuple("pps", techniek, "PPS Techniek"));
        assertThat(caseHistory.ofPartnership(administrator, zorg).related()).singleElement().satisfies(related -> {
            assertThat(related.kind()).isEqualTo("programme");
            assertThat(related.id()).isEqualTo(programmeId);
            assertThat(related.name()).isEqualTo(programme.subject());
        });
    }

    /**
     * The whole file on one timeline: the programme's, and each of its PPSs' tranches and change requests, every moment
     * of the three timelines once and nothing else, each case named with its PPS (both PPSs have a tranche 1).
     */
    @Test
    void theAuditorReadsTheWholeProgrammeOnOneTimelineFromTheAwardToThePayments() {
        long first = funding.fundingOf(officer, zorg).tranches().get(0).id();
        report(first, report(130));
        funding.verify(officer, task(officer, "verifyProgressReport", first).id(), new Verification(new BigDecimal("100"), "Gehaald."));
        awaitStatus(zorg, first, TrancheStatus.RELEASED);
        TrancheView second = funding.fundingOf(officer, zorg).tranches().get(1);
        long change = funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.DELAY, second.id(), null,
                second.plannedDate().plusMonths(1), null, null, null, "Eindmeting later door de zomer."));

        nl.ngf.grants.history.Timeline award = caseHistory.ofProgramme(administrator, programmeId);
        nl.ngf.grants.history.Timeline whole = caseHistory.ofProgramme(administrator, programmeId, true);
        nl.ngf.grants.history.Timeline ofZorg = caseHistory.ofPartnership(administrator, zorg);
        nl.ngf.grants.history.Timeline ofTechniek = caseHistory.ofPartnership(administrator, techniek);

        assertThat(award.moments()).extracting(nl.ngf.grants.history.Timeline.Moment::kind).as("the programme's own timeline")
                .contains("programme.allocated").doesNotContain("tranche.released", "changeRequest.submitted");
        assertThat(whole.moments()).extracting(nl.ngf.grants.history.Timeline.Moment::kind)
                .containsSubsequence("programme.awarded", "programme.allocated", "tranche.reportSubmitted", "tranche.released");
        assertThat(whole.moments()).filteredOn(m -> m.source() == nl.ngf.grants.history.Timeline.Source.AUDIT)
                .extracting(nl.ngf.grants.history.Timeline.Moment::what).contains("changeRequest " + change);
        java.util.function.Function<nl.ngf.grants.history.Timeline.Moment, List<Object>> asRead = m -> java.util.Arrays.asList(m.at(),
                m.source(), m.processKey(), m.kind(), m.who(), m.what(), m.details(), m.auditSeq());
        List<List<Object>> apart = java.util.stream.Stream.of(award, ofZorg, ofTechniek).flatMap(t -> t.moments().stream())
                .map(asRead).distinct().toList();
        assertThat(whole.moments()).extracting(asRead).as("the three timelines' moments (a PPS's own entries are on the programme's too), each once")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(apart);
        assertThat(whole.moments()).isSortedAccordingTo(java.util.Comparator.comparing(nl.ngf.grants.history.Timeline.Moment::at));

        assertThat(whole.cases()).extracting(nl.ngf.grants.history.Timeline.CaseDiagram::processKey,
                        nl.ngf.grants.history.Timeline.CaseDiagram::caseRef)
                .as("each case by its number and its PPS, the PPSs in the order of their names").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("grantAward", award.cases().get(0).caseRef()),
                        org.assertj.core.groups.Tuple.tuple("trancheRelease", "1, PPS Techniek"),
                        org.assertj.core.groups.Tuple.tuple("trancheRelease", "1, PPS Zorg"),
                        org.assertj.core.groups.Tuple.tuple("trancheRelease", "2, PPS Zorg"),
                        org.assertj.core.groups.Tuple.tuple("changeRequest", change + " (tranche 2), PPS Zorg"));
        assertThat(whole.moments()).filteredOn(m -> "trancheRelease".equals(m.processKey()) && "TASK_COMPLETED".equals(m.kind()))
                .extracting(nl.ngf.grants.history.Timeline.Moment::caseRef, nl.ngf.grants.history.Timeline.Moment::who)
                .as("who completed which task, of which PPS's tranche").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1, PPS Zorg", applicant.username()),
                        org.assertj.core.groups.Tuple.tuple("1, PPS Zorg", officer.username()));
        // Each audit entry by the case its record belongs to, or the file it is about: narrowed to one PPS or one tranche,
        // the whole file shows that PPS's or tranche's moments of both sources.
        assertThat(whole.moments()).filteredOn(m -> m.source() == nl.ngf.grants.history.Timeline.Source.AUDIT && m.what().equals("tranche " + first))
                .extracting(nl.ngf.grants.history.Timeline.Moment::processKey, nl.ngf.grants.history.Timeline.Moment::caseRef)
                .contains(org.assertj.core.groups.Tuple.tuple("trancheRelease", "1, PPS Zorg"))
                .containsOnly(org.assertj.core.groups.Tuple.tuple("trancheRelease", "1, PPS Zorg"));
        assertThat(whole.moments()).filteredOn(m -> m.source() == nl.ngf.grants.history.Timeline.Source.AUDIT && m.what().equals("changeRequest " + change))
                .extracting(nl.ngf.grants.history.Timeline.Moment::caseRef).containsOnly(change + " (tranche 2), PPS Zorg").isNotEmpty();
        assertThat(whole.moments()).filteredOn(m -> m.source() == nl.ngf.grants.history.Timeline.Source.AUDIT && m.what().equals("partnership " + zorg))
                .extracting(nl.ngf.grants.history.Timeline.Moment::processKey, nl.ngf.grants.history.Timeline.Moment::caseRef)
                .contains(org.assertj.core.groups.Tuple.tuple(null, "PPS Zorg")).containsOnly(org.assertj.core.groups.Tuple.tuple(null, "PPS Zorg"));
        assertThat(whole.moments()).filteredOn(m -> m.source() == nl.ngf.grants.history.Timeline.Source.AUDIT && m.what().equals("programme " + programmeId))
                .extracting(nl.ngf.grants.history.Timeline.Moment::caseRef).containsOnly(award.cases().get(0).caseRef()).isNotEmpty();
        assertThat(ofZorg.moments()).filteredOn(m -> m.source() == nl.ngf.grants.history.Timeline.Source.AUDIT && m.what().equals("tranche " + first))
                .extracting(nl.ngf.grants.history.Timeline.Moment::caseRef).as("on the PPS's own timeline, by its number").containsOnly("1").isNotEmpty();
        assertThat(whole.related()).isEqualTo(award.related());
        assertThatThrownBy(() -> caseHistory.ofProgramme(officer, programmeId, true)).isInstanceOf(NotAllowedException.class);
    }

    /** A payment the database refuses: the engine retries, then gives up; the administrator sees why and tries again. */
    @Test
    void aPaymentThatFailsIsShownToTheAdministratorWhoTriesAgainAndItIsPaidOnce() throws Exception {
        long trancheId = funding.fundingOf(officer, zorg).tranches().get(0).id();
        JobDefinition releaseJobs = releaseJobs();
        management.suspendJobDefinitionById(releaseJobs.getId());
        String refusal = "ck_it_refuse_" + trancheId;
        try {
            report(trancheId, report(130));
            funding.verify(officer, task(officer, "verifyProgressReport", trancheId).id(), new Verification(new BigDecimal("100"), "Gehaald."));
            // The ledger refuses this tranche's line, as a database in trouble would.
            execute("alter table disbursement add constraint " + refusal + " check (tranche_id <> " + trancheId + ")");
            Job job = management.createJobQuery().activityId("releaseTranche").processInstanceId(processOf(trancheId)).singleResult();
            management.activateJobById(job.getId());

            StalledRelease retrying = awaitStalled(trancheId, true);
            assertThat(workflow.stalledSteps(administrator)).as("shown with the payments, not among the other steps")
                    .noneMatch(step -> step.jobId().equals(job.getId()));
            assertThatThrownBy(() -> workflow.retryStep(administrator, job.getId()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("step.notStalled"));
            assertThat(retrying.partnershipName()).isEqualTo("PPS Zorg");
            assertThat(retrying.sequence()).isEqualTo(1);
            assertThat(retrying.amount()).isEqualTo(Money.ofEuros(400_000));
            assertThat(retrying.error()).containsIgnoringCase(refusal);
            assertThat(retrying.reason()).as("no rule of the ledger refuses it: a technical failure, which the error tells").isNull();
            assertThat(retrying.nextAttempt()).as("the model's retry cycle: again in 5 minutes").isAfter(Instant.now().plus(Duration.ofMinutes(4)));
            assertThat(ledgerLines(trancheId)).isZero();
            TrancheView shown = funding.fundingOf(officer, zorg).tranches().get(0);
            assertThat(shown.status()).isEqualTo(TrancheStatus.RELEASING);
            assertThat(shown.paymentStalled()).as("the PPS page says the payment failed").isTrue();
            assertThat(funding.fundingOf(applicant, zorg).tranches().get(0).paymentStalled()).isTrue();
            assertThatThrownBy(() -> funding.stalledReleases(officer)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> funding.retryRelease(applicant, trancheId)).isInstanceOf(NotAllowedException.class);

            // The engine gives up after its last attempt; the payment waits for the administrator.
            management.setJobRetries(job.getId(), 0);
            StalledRelease givenUp = awaitStalled(trancheId, false);
            assertThat(givenUp.attemptsLeft()).isZero();
            assertThat(givenUp.nextAttempt()).isNull();

            execute("alter table disbursement drop constraint " + refusal);
            funding.retryRelease(administrator, trancheId);
            awaitStatus(zorg, trancheId, TrancheStatus.RELEASED);
            assertThat(ledgerLines(trancheId)).isEqualTo(1);
            assertThat(funding.fundingOf(officer, zorg).tranches().get(0).paymentStalled()).isFalse();
            assertThat(funding.stalledReleases(administrator)).noneMatch(r -> r.trancheId() == trancheId);
            assertThatThrownBy(() -> funding.retryRelease(administrator, trancheId))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("release.notStalled"));
            assertThat(funding.fundingOf(officer, zorg).released()).isEqualTo(Money.ofEuros(400_000));
        } finally {
            execute("alter table disbursement drop constraint if exists " + refusal);
            management.activateJobDefinitionById(releaseJobs.getId(), true);
        }
    }

    @Test
    void anOverdueReportIsExtendedOnceThenTheTrancheIsCancelledWithoutMoneyAndTheNextTrancheStarts() {
        List<TrancheView> tranches = funding.fundingOf(officer, zorg).tranches();
        long first = tranches.get(0).id();
        assertThat(tranches.get(0).reminderSentAt()).isNull();
        workflow.runJobNow("trancheRelease", String.valueOf(first), "reportReminderDue");
        assertThat(funding.fundingOf(applicant, zorg).tranches().get(0).reminderSentAt()).as("the applicant sees the reminder").isNotNull();
        assertThat(awaitMail("Herinnering: ")).extracting(Mailbox.Mail::subject).as("and gets it by e-mail").containsExactly(
                "Herinnering: voortgangsrapportage voor PPS Zorg – tranche 1 uiterlijk " + dutchDay(tranches.get(0).plannedDate()));
        workflow.runJobNow("trancheRelease", String.valueOf(first), "reportOverdue");

        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.REPORT_OVERDUE);
        assertThat(task(applicant, "submitProgressReport", first)).as("the late report can no longer be submitted").isNull();
        String decide = task(officer, "decideOnOverdueReport", first).id();
        assertThatThrownBy(() -> funding.decideOnOverdueReport(officer, decide, new OverdueDecision(null, null, "")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .as("nothing chosen or written: both told at once").containsExactly("overdue.choice.required", "overdue.reasoning.required"));
        assertThatThrownBy(() -> funding.decideOnOverdueReport(officer, decide, new OverdueDecision(true, null, "Nog een maand")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("overdue.deadline.required"));
        assertThatThrownBy(() -> funding.decideOnOverdueReport(officer, decide, new OverdueDecision(true, null, " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .as("told at once").containsExactly("overdue.reasoning.required", "overdue.deadline.required"));
        assertThatThrownBy(() -> funding.decideOnOverdueReport(officer, decide, new OverdueDecision(true, LocalDate.now().minusDays(1), "Te laat")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("overdue.deadline.future"));
        assertThatThrownBy(() -> funding.decideOnOverdueReport(officer, decide, new OverdueDecision(true, LocalDate.of(2207, 1, 3), "Typfout")))
                .as("more than a year away: a PPS reports at least once a year")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("overdue.deadline.withinAYear"));
        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.REPORT_OVERDUE);
        LocalDate extended = LocalDate.now().plusWeeks(4);
        funding.decideOnOverdueReport(officer, decide, new OverdueDecision(true, extended, "Projectleider was ziek."));
        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.REPORT_DUE);
        assertThat(task(applicant, "submitProgressReport", first).due())
                .isEqualTo(extended.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().minusSeconds(1));
        assertThat(management.createJobQuery().processInstanceId(processOf(first)).activityId("reportReminderDue").singleResult().getDuedate())
                .as("the reminder 14 days before the new deadline, at 09:00")
                .isEqualTo(java.util.Date.from(extended.minusDays(14).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant()));

        workflow.runJobNow("trancheRelease", String.valueOf(first), "reportOverdue");
        funding.decideOnOverdueReport(officer, task(officer, "decideOnOverdueReport", first).id(),
                new OverdueDecision(false, null, "Opnieuw geen rapportage; tranche vervalt."));

        PartnershipFunding after = funding.fundingOf(applicant, zorg);
        assertThat(after.tranches()).extracting(TrancheView::status).containsExactly(TrancheStatus.CANCELLED, TrancheStatus.REPORT_DUE);
        assertThat(after.tranches().get(0).decisions()).extracting(TrancheView.Decision::outcome).containsExactly("EXTENDED", "CANCELLED");
        assertThat(audit.about(administrator, "tranche", List.of(String.valueOf(first)))).filteredOn(e -> e.action().equals("tranche.overdueDecided"))
                .extracting(e -> e.details()).as("each decision on the late report and why")
                .containsExactly("extended to " + extended + "; reasoning=\"Projectleider was ziek.\"",
                        "cancelled; reasoning=\"Opnieuw geen rapportage; tranche vervalt.\"");
        assertThat(funding.programmeFunding(officer, programmeId).setbacks()).extracting(ProgrammeFunding.TrancheEvent::kind,
                ProgrammeFunding.TrancheEvent::by).containsExactly(org.assertj.core.groups.Tuple.tuple("EXTENDED", officer.username()),
                org.assertj.core.groups.Tuple.tuple("CANCELLED", officer.username()));
        assertThat(after.released()).isEqualTo(Money.ZERO);
        assertThat(ledgerLines(first)).isZero();
        // The cancelled tranche's money lapses: what is still to be paid is the second tranche alone.
        assertThat(after.cancelled()).isEqualTo(Money.ofEuros(400_000));
        assertThat(after.remaining()).isEqualTo(Money.ofEuros(200_000));
        ProgrammeFunding programme = funding.programmeFunding(officer, programmeId);
        assertThat(programme.cancelled()).as("the programme's lapsed money, of this PPS's tranche").isEqualTo(Money.ofEuros(400_000));
        assertThat(programme.remaining()).as("not paid of the award, lapsed money included").isEqualTo(programme.awarded());
    }

    @Test
    void aWithheldTranchesPlanHasADeadlineAndWhenItPassesAnOfficerExtendsItOrCancelsTheTranche() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        long first = funding.fundingOf(officer, zorg).tranches().get(0).id();
        report(first, report(90));
        LocalDate withheldFrom = LocalDate.now(amsterdam);
        funding.verify(officer, task(officer, "verifyProgressReport", first).id(), new Verification(new BigDecimal("40"), "Te weinig bedrijven."));
        LocalDate withheldTo = LocalDate.now(amsterdam);

        LocalDate due = funding.fundingOf(applicant, zorg).tranches().get(0).planDue();
        assertThat(due).as("the PPS page says when: four weeks after the day it was withheld")
                .isIn(withheldFrom.plusDays(28), withheldTo.plusDays(28));
        assertThat(task(applicant, "submitCorrectiveActionPlan", first).due()).as("the plan is due four weeks after the tranche was withheld")
                .isEqualTo(due.plusDays(1).atStartOfDay(amsterdam).toInstant().minusSeconds(1));
        assertThat(management.createJobQuery().processInstanceId(processOf(first)).activityId("planReminderDue").singleResult().getDuedate())
                .as("its reminder a week before, at 09:00").isEqualTo(Date.from(due.minusDays(7).atTime(9, 0).atZone(amsterdam).toInstant()));
        assertThat(awaitMail("Nieuwe taak: verbeterplan")).extracting(Mailbox.Mail::subject).as("and the applicant gets the new task by e-mail")
                .containsExactly("Nieuwe taak: verbeterplan voor PPS Zorg – tranche 1 uiterlijk " + dutchDay(due));
        assertThat(audit.about(administrator, "tranche", List.of(String.valueOf(first))))
                .filteredOn(e -> e.action().startsWith("tranche.")).extracting(e -> e.action().equals("tranche.verified") ? e.action()
                        : e.action() + " " + e.details().replaceAll(".*; ", ""))
                .as("the trail reads the decision, then the plan it asks for with the plan's deadline (the task and its notice come after)")
                .containsSubsequence("tranche.verified", "tranche.decided status=WITHHELD", "tranche.planRequested deadline=" + due);
        workflow.runJobNow("trancheRelease", String.valueOf(first), "planReminderDue");
        assertThat(funding.fundingOf(applicant, zorg).tranches().get(0).reminderSentAt()).as("the applicant sees the reminder").isNotNull();
        assertThat(awaitMail("Herinnering: ")).extracting(Mailbox.Mail::subject).as("and gets it by e-mail").containsExactly(
                "Herinnering: verbeterplan voor PPS Zorg – tranche 1 uiterlijk " + dutchDay(due));

        workflow.runJobNow("trancheRelease", String.valueOf(first), "planOverdue");
        assertThat(funding.fundingOf(applicant, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.PLAN_OVERDUE);
        assertThat(task(applicant, "submitCorrectiveActionPlan", first)).as("the late plan can no longer be submitted").isNull();
        String decide = task(officer, "decideOnOverduePlan", first).id();
        assertThatThrownBy(() -> funding.decideOnOverduePlan(applicant, decide, new OverdueDecision(true, due, "Graag meer tijd")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> funding.decideOnOverdueReport(officer, decide, new OverdueDecision(false, null, "Vervalt")))
                .as("an overdue plan is not an overdue report")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("task.notAvailable"));
        assertThatThrownBy(() -> funding.decideOnOverduePlan(officer, decide, new OverdueDecision(true, LocalDate.now(amsterdam), "Te laat")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("overdue.deadline.future"));
        LocalDate extended = LocalDate.now(amsterdam).plusWeeks(2);
        funding.decideOnOverduePlan(officer, decide, new OverdueDecision(true, extended, "Nieuwe penvoerder ingewerkt."));
        assertThat(funding.fundingOf(applicant, zorg).tranches().get(0)).extracting(TrancheView::status, TrancheView::planDue)
                .containsExactly(TrancheStatus.WITHHELD, extended);
        assertThat(task(applicant, "submitCorrectiveActionPlan", first).due())
                .isEqualTo(extended.plusDays(1).atStartOfDay(amsterdam).toInstant().minusSeconds(1));

        workflow.runJobNow("trancheRelease", String.valueOf(first), "planOverdue");
        funding.decideOnOverduePlan(officer, task(officer, "decideOnOverduePlan", first).id(),
                new OverdueDecision(false, null, "Opnieuw geen verbeterplan; tranche vervalt."));

        PartnershipFunding after = funding.fundingOf(applicant, zorg);
        assertThat(after.tranches()).extracting(TrancheView::status).containsExactly(TrancheStatus.CANCELLED, TrancheStatus.REPORT_DUE);
        assertThat(after.tranches().get(0).decisions()).extracting(TrancheView.Decision::kind, TrancheView.Decision::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VERIFICATION", "VERIFIED"), org.assertj.core.groups.Tuple.tuple("RULE", "WITHHOLD"),
                org.assertj.core.groups.Tuple.tuple("PLAN_OVERDUE", "EXTENDED"), org.assertj.core.groups.Tuple.tuple("PLAN_OVERDUE", "CANCELLED"));
        assertThat(funding.programmeFunding(officer, programmeId).setbacks()).extracting(ProgrammeFunding.TrancheEvent::kind)
                .containsExactly("WITHHELD", "PLAN_EXTENDED", "PLAN_CANCELLED");
        assertThat(after.released()).isEqualTo(Money.ZERO);
        assertThat(ledgerLines(first)).isZero();
    }

    /**
     * DOMAIN step 9: when the last tranche is paid or cancelled the programme is closed, once; from then
     * on (not from each case's own end) the history of every case of the programme is kept five years.
     */
    @Test
    void theLastTrancheSettledClosesTheProgrammeAndFromThenItsHistoryIsKeptFiveYears() throws Exception {
        List<TrancheView> zorgTranches = funding.fundingOf(officer, zorg).tranches();
        long techniekTranche = funding.fundingOf(officer, techniek).tranches().get(0).id();
        workflow.runJobNow("trancheRelease", String.valueOf(techniekTranche), "reportOverdue");
        funding.decideOnOverdueReport(officer, task(officer, "decideOnOverdueReport", techniekTranche).id(),
                new OverdueDecision(false, null, "Geen rapportage; de campus gaat niet door."));
        long first = zorgTranches.get(0).id();
        report(first, report(130));
        funding.verify(officer, task(officer, "verifyProgressReport", first).id(), new Verification(new BigDecimal("100"), "Gehaald."));
        awaitStatus(zorg, first, TrancheStatus.RELEASED);

        assertThat(funding.programmeFunding(officer, programmeId).closure()).as("a tranche is still to come").isNull();
        assertThat(programmes.programme(officer, programmeId).summary().closedAt()).isNull();
        assertThat(Retention.removalTimes(history, "trancheRelease", String.valueOf(first)))
                .as("an ended case of an open programme is never cleaned up").containsExactly((Instant) null);
        assertThat(Retention.removalTimes(history, "trancheRelease", String.valueOf(techniekTranche))).containsExactly((Instant) null);
        assertThat(casesSeenByTheAuditor()).as("the auditor sees: kept while the file is open")
                .hasSize(4).allSatisfy(c -> assertThat(c.keptUntil()).isNull());

        long second = zorgTranches.get(1).id();
        // A change request for the last tranche is still waiting for an officer when the programme closes.
        long lateChange = funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.DELAY, second, null,
                zorgTranches.get(1).plannedDate().plusMonths(1), null, null, null, "Eindmeting later door de zomer."));
        report(second, report(200));
        Instant before = Instant.now();
        funding.verify(officer, task(officer, "verifyProgressReport", second).id(), new Verification(new BigDecimal("100"), "Mkb-bereik 11%."));
        awaitStatus(zorg, second, TrancheStatus.RELEASED);

        ProgrammeFunding closed = funding.programmeFunding(applicant, programmeId);
        assertThat(closed.released()).isEqualTo(Money.ofEuros(600_000));
        assertThat(closed.payments()).as("every ledger line once").hasSize(2)
                .extracting(ProgrammeFunding.Payment::tranche).containsExactly(1, 2);
        assertThat(closed.payments().stream().map(ProgrammeFunding.Payment::amount).reduce(Money.ZERO, Money::plus))
                .as("adding up to what is paid").isEqualTo(closed.released());
        ProgrammeFunding.Closure closure = closed.closure();
        assertThat(closure).isNotNull();
        assertThat(closure.closedAt()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(closure.releasedTranches()).isEqualTo(2);
        assertThat(closure.cancelledTranches()).isEqualTo(1);
        assertThat(closure.historyKeptUntil()).isEqualTo(closure.closedAt().plus(Duration.ofDays(1827)));
        assertThat(programmes.programme(applicant, programmeId).summary()).satisfies(summary -> {
            assertThat(summary.closedAt()).as("the programme itself says it is closed").isEqualTo(closure.closedAt());
            assertThat(summary.isSettled()).isTrue();
        });

        // Every case of the programme, the award's and the earliest tranche's too, is kept until then.
        Instant keptUntil = Retention.awaitRemovalTime(history, "grantAward", String.valueOf(programmeId));
        assertThat(keptUntil).isCloseTo(closure.historyKeptUntil(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
        for (long tranche : List.of(first, techniekTranche, second)) {
            assertThat(Retention.awaitRemovalTime(history, "trancheRelease", String.valueOf(tranche))).isEqualTo(keptUntil);
        }
        // The engine sets the removal times case by case in a batch, in no fixed order: wait for the open one's too.
        assertThat(Retention.awaitRemovalTime(history, "changeRequest", String.valueOf(lateChange))).as("the open change request's case")
                .isEqualTo(keptUntil);
        assertThat(casesSeenByTheAuditor()).as("the auditor sees until when each case is kept, the open change request's too")
                .hasSize(5).allSatisfy(c -> assertThat(c.keptUntil()).isEqualTo(keptUntil));
        assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(processOf(first)).list())
                .as("the decision table's verdicts with their case").isNotEmpty()
                .allSatisfy(d -> assertThat(d.getRemovalTime()).isEqualTo(java.util.Date.from(keptUntil)));

        // The change request open at the closure: approving it changes nothing (its tranche is paid);
        // rejected, its case ends, and its history is kept as long as the rest of the programme's.
        assertThatThrownBy(() -> funding.decideOnChangeRequest(officer, changeTask(), new ChangeRequestDecision(true, "Akkoord.")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("change.tranche.notChangeable"));
        funding.decideOnChangeRequest(officer, changeTask(), new ChangeRequestDecision(false, "De tranche is al uitbetaald."));
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("changeRequest")
                .processInstanceBusinessKey(String.valueOf(lateChange)).finished().count()).isEqualTo(1);
        assertThat(Retention.awaitRemovalTime(history, "changeRequest", String.valueOf(lateChange))).isEqualTo(keptUntil);

        // Forcing the last release to run again pays nothing and closes nothing a second time.
        inTransaction(() -> outcomes.release(second));
        assertThat(ledgerLines(second)).isEqualTo(1);
        assertThat(funding.programmeFunding(officer, programmeId).closure()).isEqualTo(closure);
    }

    @Test
    void noMoneyLeavesForATrancheThatWasNotApproved() {
        long trancheId = funding.fundingOf(officer, zorg).tranches().get(0).id();
        TrancheStatus status = funding.fundingOf(officer, zorg).tranches().get(0).status();
        assertThatThrownBy(() -> inTransaction(() -> outcomes.release(trancheId))).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("release.refused.status");
            assertThat(e.arguments()).containsExactly(1, status);
        });
        assertThat(ledgerLines(trancheId)).isZero();
    }

    /**
     * A deadline whose work the database refuses (a timer, not a payment): the case would wait unseen, the officer
     * never asked to decide on the late report. The engine tries again five minutes later; the administrator sees the
     * step under Storingen, and once the cause is gone tries it again, audited, and the officer's task appears.
     */
    @Test
    void aDeadlineThatFailsIsShownToTheAdministratorWhoTriesItAgain() throws Exception {
        long first = funding.fundingOf(officer, zorg).tranches().get(0).id();
        String refusal = "ck_it_overdue_" + first;
        Job timer = management.createJobQuery().processInstanceId(processOf(first)).activityId("reportOverdue").singleResult();
        try {
            execute("alter table tranche_release add constraint " + refusal + " check (tranche_id <> " + first + " or status <> 'REPORT_OVERDUE')");
            management.setJobDuedate(timer.getId(), java.util.Date.from(Instant.now()));

            FailedStep stalled = Waiting.upTo(Duration.ofSeconds(60), "the failed deadline of tranche " + first)
                    .until(() -> workflow.stalledSteps(administrator).stream().filter(s -> s.jobId().equals(timer.getId())).findFirst(),
                            java.util.Optional::isPresent).get();
            assertThat(List.of(stalled.processKey(), stalled.activityId(), stalled.businessKey(), stalled.subject()))
                    .containsExactly("trancheRelease", "reportOverdue", String.valueOf(first), "PPS Zorg – tranche 1");
            assertThat(stalled.attemptsLeft()).as("three attempts, one spent").isEqualTo(2);
            assertThat(stalled.nextAttempt()).as("again in five minutes, not at once").isAfter(Instant.now().plus(Duration.ofMinutes(4)));
            assertThat(stalled.error()).containsIgnoringCase(refusal);
            assertThat(funding.fundingOf(officer, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.REPORT_DUE);
            assertThat(task(officer, "decideOnOverdueReport", first)).isNull();
            assertThat(funding.stalledReleases(administrator)).noneMatch(r -> r.trancheId() == first);
            assertThatThrownBy(() -> workflow.stalledSteps(officer)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> workflow.retryStep(officer, timer.getId())).isInstanceOf(NotAllowedException.class);

            execute("alter table tranche_release drop constraint " + refusal);
            workflow.retryStep(administrator, timer.getId());
            awaitStatus(zorg, first, TrancheStatus.REPORT_OVERDUE);
            assertThat(task(officer, "decideOnOverdueReport", first)).as("the officer is asked to decide now").isNotNull();
            assertThat(workflow.stalledSteps(administrator)).noneMatch(s -> s.jobId().equals(timer.getId()));
            assertThatThrownBy(() -> workflow.retryStep(administrator, timer.getId()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("step.notStalled"));
            assertThat(audit.about(administrator, "tranche", List.of(String.valueOf(first))))
                    .filteredOn(entry -> entry.action().equals("workflow.stepRetried")).singleElement().satisfies(entry -> {
                        assertThat(entry.actor()).isEqualTo(administrator.username());
                        assertThat(entry.details()).contains("step=reportOverdue").contains("attemptsLeft=2").containsIgnoringCase(refusal);
                    });
        } finally {
            execute("alter table tranche_release drop constraint if exists " + refusal);
        }
    }

    /**
     * The payment is of the amount the decision table decided on and no other: a schedule changed after the
     * decision (behind the application's back here; a change request no longer can by then) pays nothing, and
     * says why, until the amounts agree again.
     */
    @Test
    void aTrancheWhoseAmountChangedAfterItsDecisionIsNotPaid() throws Exception {
        List<TrancheView> tranches = funding.fundingOf(officer, zorg).tranches();
        long first = tranches.get(0).id();
        long second = tranches.get(1).id();
        JobDefinition releaseJobs = releaseJobs();
        management.suspendJobDefinitionById(releaseJobs.getId());
        String moveCents = "update planned_tranche set amount_cents = amount_cents + (case id when " + first + " then (%1$d) else -(%1$d) end)"
                + " where id in (" + first + ", " + second + ")";
        try {
            report(first, report(130));
            funding.verify(officer, task(officer, "verifyProgressReport", first).id(), new Verification(new BigDecimal("100"), "Gehaald."));
            assertThat(funding.fundingOf(officer, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.RELEASING);
            // EUR 100,000 moved from the second tranche to the first: the PPS's allocation still holds both.
            execute(String.format(moveCents, 10_000_000L));

            Job job = management.createJobQuery().activityId("releaseTranche").processInstanceId(processOf(first)).singleResult();
            management.activateJobById(job.getId());

            // The administrator finds it under Storingen, told which rule refuses it and on which amounts.
            StalledRelease stalled = awaitStalled(first, true);
            assertThat(stalled.reason()).isEqualTo("release.refused.decidedAmount");
            assertThat(stalled.reasonArguments()).containsExactly(1, Money.ofEuros(400_000), Money.ofEuros(500_000));
            assertThat(stalled.error()).as("the engine's record of the same refusal").contains("release.refused.decidedAmount");
            assertThat(ledgerLines(first)).isZero();
            assertThat(funding.fundingOf(officer, zorg).released()).isEqualTo(Money.ZERO);

            execute(String.format(moveCents, -10_000_000L));
            assertThat(funding.stalledReleases(administrator)).filteredOn(r -> r.trancheId() == first).singleElement()
                    .satisfies(again -> assertThat(again.reason()).as("the amounts agree again: nothing refuses it now").isNull());
            funding.retryRelease(administrator, first);
            awaitStatus(zorg, first, TrancheStatus.RELEASED);
            assertThat(ledgerLines(first)).isEqualTo(1);
            assertThat(funding.fundingOf(officer, zorg).released()).isEqualTo(Money.ofEuros(400_000));
        } finally {
            management.activateJobDefinitionById(releaseJobs.getId(), true);
        }
    }

    /**
     * A budget shift small enough to apply at once, sent twice at once from the same form (a double click): one request,
     * the money shifted once; the second answer names the same request. The same form sent again later (the browser's
     * back button) records nothing new either, and changed first it is refused; the same change asked again from a new form is
     * a new request.
     */
    @Test
    void aChangeRequestSentTwiceFromTheSameFormIsRecordedAndAppliedOnce() throws Exception {
        List<TrancheView> tranches = funding.fundingOf(applicant, zorg).tranches();
        long first = tranches.get(0).id();
        long second = tranches.get(1).id();
        String form = UUID.randomUUID().toString();
        java.util.function.Function<String, ChangeRequestSubmission> shift = key -> new ChangeRequestSubmission(zorg, ChangeKind.BUDGET_SHIFT,
                first, second, null, null, null, new BigDecimal("20000.00"), "Meer budget voor de tweede fase.", key);
        HeldTransaction.Raced<Long, Long> raced = HeldTransaction.race(() -> funding.requestChange(applicant, shift.apply(form)),
                () -> funding.requestChange(applicant, shift.apply(form)));
        long recorded = raced.first();
        assertThat(raced.second()).isEqualTo(recorded);
        assertThat(funding.requestChange(applicant, shift.apply(form))).as("the same form, sent again later").isEqualTo(recorded);
        PartnershipFunding once = funding.fundingOf(officer, zorg);
        assertThat(once.changeRequests()).extracting(ChangeRequestView::id).containsExactly(recorded);
        assertThat(once.tranches()).extracting(TrancheView::amount).containsExactly(Money.ofEuros(380_000), Money.ofEuros(220_000));
        assertThat(audit.about(administrator, "changeRequest", List.of(String.valueOf(recorded))))
                .extracting(nl.ngf.grants.audit.AuditEntryView::action).containsExactly("changeRequest.submitted", "changeRequest.applied");

        assertThatThrownBy(() -> funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.BUDGET_SHIFT, first, second,
                null, null, null, new BigDecimal("30000.00"), "Meer budget voor de tweede fase.", form)))
                .as("the same form changed and sent again: not the same request, nor a new one from this form")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("change.submission.used"));
        assertThat(funding.fundingOf(officer, zorg).changeRequests()).hasSize(1);

        long anotherForm = funding.requestChange(applicant, shift.apply(UUID.randomUUID().toString()));
        assertThat(anotherForm).isNotEqualTo(recorded);
        assertThat(funding.fundingOf(officer, zorg).tranches()).extracting(TrancheView::amount)
                .containsExactly(Money.ofEuros(360_000), Money.ofEuros(240_000));
    }

    @Test
    void changeRequestsApplyWithinTheThresholdAndOtherwiseWaitForAnOfficer() {
        List<TrancheView> tranches = funding.fundingOf(applicant, zorg).tranches();
        long first = tranches.get(0).id();
        long second = tranches.get(1).id();

        // EUR 50,000 is 12.5% of the first and 25% of the second tranche: within the threshold, applied at once.
        funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.BUDGET_SHIFT, first, second, null, null, null,
                new BigDecimal("50000.00"), "Meer budget voor de tweede fase."));
        PartnershipFunding shifted = funding.fundingOf(officer, zorg);
        assertThat(shifted.tranches()).extracting(TrancheView::amount).containsExactly(Money.ofEuros(350_000), Money.ofEuros(250_000));
        assertThat(shifted.allocated()).isEqualTo(Money.ofEuros(600_000));
        assertThat(shifted.changeRequests().get(0).status()).isEqualTo("APPROVED");
        assertThat(shifted.changeRequests().get(0).needsApproval()).isFalse();
        assertThat(shifted.changeRequests().get(0)).as("what the shift changed, from and to").satisfies(change -> {
            assertThat(List.of(change.currentAmount(), change.amountAfter())).containsExactly(Money.ofEuros(400_000), Money.ofEuros(350_000));
            assertThat(List.of(change.currentTargetAmount(), change.targetAmountAfter()))
                    .containsExactly(Money.ofEuros(200_000), Money.ofEuros(250_000));
        });

        // A larger shift waits; the officer rejects it and nothing changes.
        funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.BUDGET_SHIFT, first, second, null, null, null,
                new BigDecimal("100000.00"), "Nog meer naar fase twee."));
        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).amount()).isEqualTo(Money.ofEuros(350_000));
        String rejectTask = changeTask();
        assertThatThrownBy(() -> funding.decideOnChangeRequest(officer, rejectTask, new ChangeRequestDecision(null, " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .as("nothing chosen or written: both told at once")
                        .containsExactly("changeDecision.choice.required", "changeDecision.reasoning.required"));
        assertThatThrownBy(() -> funding.decideOnChangeRequest(officer, rejectTask, new ChangeRequestDecision(false, "")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("changeDecision.reasoning.required"));
        assertThat(funding.fundingOf(officer, zorg).changeRequests().get(0).currentAmount()).as("while it waits: the tranche as it is now")
                .isEqualTo(Money.ofEuros(350_000));
        funding.decideOnChangeRequest(officer, rejectTask, new ChangeRequestDecision(false, "Eerst resultaten fase één."));
        assertThat(funding.fundingOf(officer, zorg).tranches()).extracting(TrancheView::amount)
                .containsExactly(Money.ofEuros(350_000), Money.ofEuros(250_000));
        assertThat(funding.fundingOf(officer, zorg).changeRequests().get(0).amountAfter()).as("rejected: changed nothing").isNull();
        long rejected = funding.fundingOf(officer, zorg).changeRequests().get(0).id();
        assertThat(audit.about(administrator, "changeRequest", List.of(String.valueOf(rejected)))).extracting(e -> e.action() + " " + e.details())
                .as("the trail reads why the PPS asked and why the officer said no, each in their own words")
                .containsExactly("changeRequest.submitted pps=" + zorg + "; kind=BUDGET_SHIFT; tranche=" + first + "; target=" + second
                                + "; newDate=null; amountCents=10000000; needsApproval=true; reason=\"Nog meer naar fase twee.\"",
                        "changeRequest.decided rejected; reasoning=\"Eerst resultaten fase één.\"");

        // A delay always waits; approved, the date and the running report's deadline move.
        LocalDate later = tranches.get(0).plannedDate().plusMonths(2);
        // A delay without a tranche, a date or a reason is asked for all three at once.
        assertThatThrownBy(() -> funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.DELAY, null, null,
                null, null, null, null, " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .containsExactly("change.tranche.required", "change.date.missing", "change.reason.required"));
        // A delay without a date is asked for one; a "delay" to the date planned or before it is no delay.
        assertThatThrownBy(() -> funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.DELAY, first, null,
                null, null, null, null, "Later")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("change.date.missing"));
        assertThatThrownBy(() -> funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.DELAY, first, null,
                tranches.get(0).plannedDate(), null, null, null, "Later")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("change.date.later"));
        assertThatThrownBy(() -> funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.DELAY, first, null,
                tranches.get(1).plannedDate().plusDays(1), null, null, null, "Te laat")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("change.date.order"));
        funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.DELAY, first, null, later, null, null, null,
                "Werving bedrijven loopt vertraging op door de zomer."));
        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).plannedDate()).isEqualTo(tranches.get(0).plannedDate());
        funding.decideOnChangeRequest(officer, changeTask(), new ChangeRequestDecision(true, "Akkoord."));
        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).plannedDate()).isEqualTo(later);
        assertThat(funding.fundingOf(officer, zorg).changeRequests().get(0)).as("the delay keeps the date it moved from")
                .satisfies(change -> assertThat(List.of(change.currentDate(), change.newDate()))
                        .containsExactly(tranches.get(0).plannedDate(), later));
        assertThat(task(applicant, "submitProgressReport", first).due())
                .isEqualTo(later.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().minusSeconds(1));

        // Another milestone always waits: its KPI value must lie above the baseline, or nothing is asked.
        int asked = funding.fundingOf(officer, zorg).changeRequests().size();
        assertThatThrownBy(() -> funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.CONTENT, second, null,
                null, "Minder bedrijven", new KpiTarget(Kpi.COMPANIES, new BigDecimal("79")), null, "Krimp")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("allocation.tranche.target.aboveBaseline"));
        assertThatThrownBy(() -> funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.CONTENT, second, null,
                null, "Geen meting", null, null, "Zonder indicator")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("allocation.tranche.target.required"));
        assertThat(funding.fundingOf(officer, zorg).changeRequests()).as("a refused request writes nothing").hasSize(asked);
        funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.CONTENT, second, null,
                null, "150 bedrijven aangesloten", new KpiTarget(Kpi.COMPANIES, new BigDecimal("150")), null, "Het mkb-bereik volgt uit de bedrijven."));
        assertThat(funding.fundingOf(officer, zorg).tranches().get(1).target()).as("waiting: unchanged")
                .isEqualTo(new KpiTarget(Kpi.SME_REACH, new BigDecimal("10.00")));
        funding.decideOnChangeRequest(officer, changeTask(), new ChangeRequestDecision(true, "Akkoord, beter meetbaar."));
        PartnershipFunding changed = funding.fundingOf(officer, zorg);
        assertThat(changed.tranches().get(1)).satisfies(t -> {
            assertThat(t.milestone()).isEqualTo("150 bedrijven aangesloten");
            assertThat(t.target()).isEqualTo(new KpiTarget(Kpi.COMPANIES, new BigDecimal("150")));
        });
        assertThat(changed.changeRequests().get(0)).as("the milestone change keeps what it replaced").satisfies(change -> {
            assertThat(List.of(change.currentMilestone(), change.newMilestone())).containsExactly("Mkb-bereik 10%", "150 bedrijven aangesloten");
            assertThat(List.of(change.currentTarget(), change.newTarget())).containsExactly(
                    new KpiTarget(Kpi.SME_REACH, new BigDecimal("10.00")), new KpiTarget(Kpi.COMPANIES, new BigDecimal("150")));
        });
        assertThat(audit.about(administrator, "changeRequest", List.of(String.valueOf(changed.changeRequests().get(0).id()))))
                .extracting(e -> e.action() + " " + e.details()).as("the trail reads the milestone asked for, why, and why it was approved")
                .anySatisfy(entry -> assertThat(entry).startsWith("changeRequest.submitted ")
                        .endsWith("; milestone=\"150 bedrijven aangesloten\"; milestoneTarget=COMPANIES 150; reason=\"Het mkb-bereik volgt uit de bedrijven.\""))
                .contains("changeRequest.decided approved; reasoning=\"Akkoord, beter meetbaar.\"");

        // Another organisation's applicant cannot ask; a verified tranche cannot change.
        assertThatThrownBy(() -> funding.requestChange(otherApplicant, new ChangeRequestSubmission(zorg, ChangeKind.CONTENT, first, null,
                null, "Iets anders", new KpiTarget(Kpi.COMPANIES, new BigDecimal("150")), null, "Waarom niet"))).isInstanceOf(NotAllowedException.class);
        report(first, report(130));
        assertThatThrownBy(() -> funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.CONTENT, first, null,
                null, "Iets anders", new KpiTarget(Kpi.COMPANIES, new BigDecimal("150")), null, "Toch anders")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("change.tranche.notChangeable"));
    }

    /**
     * An applicant who splits a large budget shift into small ones still needs an officer: a budget line may deviate at
     * most 25% from the amount an officer set (at the allocation, or by approving a change) before one must approve it,
     * however many requests it took to get there.
     */
    @Test
    void smallBudgetShiftsOneAfterAnotherWaitForAnOfficerOnceTogetherTheyMoveATrancheMoreThanTheThreshold() {
        // EUR 40,000 moves the second tranche (EUR 200,000 as allocated) by 20%: applied at once.
        funding.requestChange(applicant, shiftToTheSecondTranche(40_000));
        assertThat(funding.fundingOf(officer, zorg).tranches()).extracting(TrancheView::amount)
                .containsExactly(Money.ofEuros(360_000), Money.ofEuros(240_000));
        // EUR 20,000 more is 8% of the second tranche as it is now, but takes it 30% above its allocated amount: it waits.
        funding.requestChange(applicant, shiftToTheSecondTranche(20_000));
        assertThat(funding.fundingOf(officer, zorg).changeRequests().get(0)).satisfies(change -> {
            assertThat(change.needsApproval()).as("the second small shift needs an officer").isTrue();
            assertThat(change.status()).isEqualTo("PENDING");
            assertThat(List.of(change.setAmount(), change.setTargetAmount())).as("what the officer weighs it against: the amounts as allocated")
                    .containsExactly(Money.ofEuros(400_000), Money.ofEuros(200_000));
            assertThat(List.of(change.currentAmount(), change.currentTargetAmount())).containsExactly(Money.ofEuros(360_000), Money.ofEuros(240_000));
        });
        assertThat(funding.fundingOf(officer, zorg).tranches()).as("nothing moved while it waits").extracting(TrancheView::amount)
                .containsExactly(Money.ofEuros(360_000), Money.ofEuros(240_000));

        // Approved, the officer's amounts are the ones a later shift is measured from: EUR 10,000 more applies at once.
        funding.decideOnChangeRequest(officer, changeTask(), new ChangeRequestDecision(true, "Akkoord, de tweede fase is groter."));
        assertThat(funding.fundingOf(officer, zorg).tranches()).extracting(TrancheView::amount)
                .containsExactly(Money.ofEuros(340_000), Money.ofEuros(260_000));
        funding.requestChange(applicant, shiftToTheSecondTranche(10_000));
        assertThat(funding.fundingOf(officer, zorg).changeRequests()).extracting(ChangeRequestView::needsApproval, ChangeRequestView::setAmount)
                .as("decided requests need no amounts to weigh against").containsExactly(tuple(false, null), tuple(true, null), tuple(false, null));
        assertThat(funding.fundingOf(officer, zorg).tranches()).extracting(TrancheView::amount)
                .containsExactly(Money.ofEuros(330_000), Money.ofEuros(270_000));
        assertThat(funding.fundingOf(officer, zorg).allocated()).isEqualTo(Money.ofEuros(600_000));
    }

    /**
     * The applicant asks for a delay once the reminder of the report's deadline has come (when a delay is most often
     * asked); approved, the report waits with the new deadline and a reminder 14 days before it, as the first one did.
     */
    @Test
    void aDelayApprovedAfterTheReminderWentOutBringsANewReminderBeforeTheNewDeadline() {
        TrancheView tranche = funding.fundingOf(applicant, zorg).tranches().get(0);
        workflow.runJobNow("trancheRelease", String.valueOf(tranche.id()), "reportReminderDue");
        awaitMail("Herinnering: ");
        LocalDate later = tranche.plannedDate().plusMonths(2);
        funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.DELAY, tranche.id(), null, later, null, null, null,
                "De werving van deelnemers start pas na de zomer."));
        funding.decideOnChangeRequest(officer, changeTask(), new ChangeRequestDecision(true, "Akkoord."));

        java.time.ZoneId dutch = java.time.ZoneId.of("Europe/Amsterdam");
        assertThat(task(applicant, "submitProgressReport", tranche.id()).due()).as("the report waits, due at the new date's end")
                .isEqualTo(later.plusDays(1).atStartOfDay(dutch).toInstant().minusSeconds(1));
        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.REPORT_DUE);
        assertThat(management.createJobQuery().processInstanceId(processOf(tranche.id())).activityId("reportReminderDue").singleResult())
                .as("a reminder waits again, 14 days before the new deadline at 09:00").isNotNull()
                .extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
                .isEqualTo(java.util.Date.from(later.minusDays(14).atTime(9, 0).atZone(dutch).toInstant()));
        workflow.runJobNow("trancheRelease", String.valueOf(tranche.id()), "reportReminderDue");
        assertThat(awaitMail("Herinnering: voortgangsrapportage voor PPS Zorg – tranche 1 uiterlijk " + dutchDay(later)))
                .as("and goes out, naming the new deadline").hasSize(1);
    }

    /**
     * The report is overdue and the applicant asks for a delay: the officer who approves it extends the report to the new
     * date with it (the applicant can report again, by that date), rather than leaving the report overdue, with no one
     * able to submit it, until the overdue decision is taken as well.
     */
    @Test
    void aDelayApprovedForAnOverdueReportExtendsTheReportToTheNewDate() {
        TrancheView tranche = funding.fundingOf(applicant, zorg).tranches().get(0);
        workflow.runJobNow("trancheRelease", String.valueOf(tranche.id()), "reportOverdue");
        assertThat(funding.fundingOf(officer, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.REPORT_OVERDUE);
        LocalDate later = tranche.plannedDate().plusMonths(2);
        funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.DELAY, tranche.id(), null, later, null, null, null,
                "De werving van deelnemers start pas na de zomer."));
        funding.decideOnChangeRequest(officer, changeTask(), new ChangeRequestDecision(true, "Akkoord, de werving loopt later."));

        TrancheView after = funding.fundingOf(officer, zorg).tranches().get(0);
        assertThat(after.status()).as("the report waits again").isEqualTo(TrancheStatus.REPORT_DUE);
        assertThat(after.plannedDate()).isEqualTo(later);
        assertThat(task(officer, "decideOnOverdueReport", tranche.id())).as("nothing left to decide on the overdue report").isNull();
        assertThat(task(applicant, "submitProgressReport", tranche.id()).due())
                .isEqualTo(later.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().minusSeconds(1));
        assertThat(after.decisions()).as("the extension is the approving officer's, with their reasoning")
                .anySatisfy(d -> assertThat(List.of(d.kind(), d.outcome(), d.decidedBy(), d.explanation()))
                        .containsExactly("OVERDUE", "EXTENDED", officer.username(), "Akkoord, de werving loopt later."));
    }

    /**
     * The applicant sends the report for tranche 1 while an officer approves another milestone for it. A change applies
     * only to a tranche not reported on yet: the officer, second, is told the tranche can no longer change, the report is
     * verified against the milestone it was written for, and the operator's log holds no error for a refusal. The
     * approval's first look at the tranche did not wait for the report that held it, saw the report still due, and the
     * refusal came only from the engine's step that applies the change, which logged it as the engine's error.
     */
    @Test
    void aMilestoneApprovedWhileTheReportIsSentChangesNothingUnderTheReport() throws Exception {
        java.nio.file.Path log = java.nio.file.Path.of("logs", "messages.log");
        java.util.function.LongSupplier engineErrors = () -> {
            try (var lines = java.nio.file.Files.lines(log)) {
                return lines.filter(line -> line.contains("ENGINE-16004") && line.contains("change.tranche.notChangeable")).count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        long errorsBefore = engineErrors.getAsLong();
        TrancheView first = funding.fundingOf(applicant, zorg).tranches().get(0);
        funding.requestChange(applicant, new ChangeRequestSubmission(zorg, ChangeKind.CONTENT, first.id(), null,
                null, "150 bedrijven aangesloten", new KpiTarget(Kpi.COMPANIES, new BigDecimal("150")), null, "Beter meetbaar."));
        String approval = changeTask();

        var raced = HeldTransaction.race(() -> {
            report(first.id(), report(150));
            return null;
        }, () -> {
            try {
                funding.decideOnChangeRequest(officer, approval, new ChangeRequestDecision(true, "Akkoord, beter meetbaar."));
                return null;
            } catch (DomainException e) {
                return e.messageKey();
            }
        });

        assertThat(raced.second()).as("the approval, after the report").isEqualTo("change.tranche.notChangeable");
        TrancheView after = funding.fundingOf(officer, zorg).tranches().get(0);
        assertThat(after.status()).isEqualTo(TrancheStatus.IN_VERIFICATION);
        assertThat(List.of(after.milestone(), after.target())).as("the milestone the report was written for")
                .containsExactly(first.milestone(), first.target());
        assertThat(funding.fundingOf(officer, zorg).changeRequests()).extracting(ChangeRequestView::status)
                .as("still for an officer to reject").containsExactly("PENDING");
        assertThat(engineErrors.getAsLong()).as("the refusal logged as the engine's error").isEqualTo(errorsBefore);
    }

    /**
     * An officer cancels PPS Techniek's overdue tranche at the moment PPS Zorg's tranche of the same programme is paid:
     * both go through. Every audited change takes the audit trail's chain in turn; the cancellation took it, then waited
     * for the programme's lock (to see whether the programme was settled), which the payment held while it waited for the
     * chain. Each waited for the other until the database broke one off: the officer's cancellation failed, or the payment
     * did and waited for its next try. Here a third change, committing, holds the chain while the two queue behind it, so
     * that they meet where it matters. (Since the trail takes a change's entries as it commits, the chain is the last lock
     * every change takes: the cancellation now waits for it with the programme's lock held, and the payment for that.)
     */
    @Test
    void anOverdueTrancheCancelledWhileAnotherOfTheProgrammeIsPaidBothGoThrough() throws Exception {
        long paid = funding.fundingOf(officer, zorg).tranches().get(0).id();
        long cancelled = funding.fundingOf(officer, techniek).tranches().get(0).id();
        JobDefinition releaseJobs = releaseJobs();
        management.suspendJobDefinitionById(releaseJobs.getId());
        try {
            report(paid, report(130));
            funding.verify(officer, task(officer, "verifyProgressReport", paid).id(), new Verification(new BigDecimal("100"), "Gehaald."));
            String payment = management.createJobQuery().activityId("releaseTranche").processInstanceId(processOf(paid)).singleResult().getId();
            workflow.runJobNow("trancheRelease", String.valueOf(cancelled), "reportOverdue");
            String decide = task(officer, "decideOnOverdueReport", cancelled).id();

            ExecutorService executor = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
            java.util.concurrent.Future<?> cancelling;
            java.util.concurrent.Future<?> paying;
            transaction.begin();
            try {
                // A third change committing: it holds the chain's head, which each of the two takes last, as it commits.
                try (java.sql.Connection c = nl.ngf.grants.testsupport.ServerDatabase.dataSource().getConnection();
                     java.sql.Statement s = c.createStatement()) {
                    s.executeQuery("select last_seq from audit_head where id = 1 for update").close();
                }
                cancelling = executor.submit(() -> funding.decideOnOverdueReport(officer, decide,
                        new OverdueDecision(false, null, "Geen rapportage ontvangen; de tranche vervalt.")));
                Waiting.upTo(java.time.Duration.ofSeconds(30), "the cancellation waiting for the chain")
                        .until(() -> cancelling.isDone() || nl.ngf.grants.testsupport.ServerDatabase.waitingForLocks() >= 1);
                paying = executor.submit(() -> {
                    UserTransaction own = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
                    own.begin();
                    management.activateJobById(payment);
                    management.executeJob(payment);
                    own.commit();
                    return null;
                });
                Waiting.upTo(java.time.Duration.ofSeconds(30), "the payment waiting too")
                        .until(() -> paying.isDone() || nl.ngf.grants.testsupport.ServerDatabase.waitingForLocks() >= 2);
            } finally {
                transaction.rollback();
            }
            org.assertj.core.api.Assertions.assertThatCode(() -> cancelling.get(60, TimeUnit.SECONDS)).as("the officer's cancellation").doesNotThrowAnyException();
            org.assertj.core.api.Assertions.assertThatCode(() -> paying.get(60, TimeUnit.SECONDS)).as("the payment").doesNotThrowAnyException();
            assertThat(ledgerLines(paid)).isEqualTo(1);
            assertThat(funding.fundingOf(officer, zorg).tranches().get(0).status()).isEqualTo(TrancheStatus.RELEASED);
            assertThat(funding.fundingOf(officer, techniek).tranches().get(0).status()).isEqualTo(TrancheStatus.CANCELLED);
        } finally {
            management.activateJobDefinitionById(releaseJobs.getId(), true);
        }
    }

    /**
     * Two small budget shifts of one PPS sent at the same moment (two of its applicants, or two tabs): the second is
     * measured against the schedule the first left, not the one it read before the first was in, so together they still
     * reach an officer, and neither undoes the other's change of the schedule.
     */
    @Test
    void twoBudgetShiftsSentAtOnceAreMeasuredOneAfterTheOther() throws Exception {
        ChangeRequestSubmission larger = shiftToTheSecondTranche(40_000);
        ChangeRequestSubmission smaller = shiftToTheSecondTranche(20_000);
        HeldTransaction.race(() -> funding.requestChange(applicant, larger), () -> funding.requestChange(applicant, smaller));

        PartnershipFunding after = funding.fundingOf(officer, zorg);
        assertThat(after.tranches()).as("the first shift applied, and kept").extracting(TrancheView::amount)
                .containsExactly(Money.ofEuros(360_000), Money.ofEuros(240_000));
        assertThat(after.changeRequests()).as("the second, 30% above the second tranche's allocated amount with the first, waits")
                .extracting(ChangeRequestView::amount, ChangeRequestView::needsApproval, ChangeRequestView::status)
                .containsExactly(tuple(Money.ofEuros(20_000), true, "PENDING"), tuple(Money.ofEuros(40_000), false, "APPROVED"));
    }

    /**
     * An officer approves a large budget shift at the moment a small one of the same PPS applies: the officer's shift
     * moves the schedule as the small one left it (the officer's form read it before), and both are in the schedule.
     */
    @Test
    void anApprovedShiftAppliedWhileASmallOneAppliesKeepsBoth() throws Exception {
        funding.requestChange(applicant, shiftToTheSecondTranche(100_000));
        String approval = changeTask();

        ChangeRequestSubmission small = shiftToTheSecondTranche(10_000);
        HeldTransaction.race(() -> funding.requestChange(applicant, small), () -> {
            funding.decideOnChangeRequest(officer, approval, new ChangeRequestDecision(true, "Akkoord."));
            return null;
        });

        assertThat(funding.fundingOf(officer, zorg).tranches()).as("EUR 10,000 and EUR 100,000 moved, neither undone")
                .extracting(TrancheView::amount).containsExactly(Money.ofEuros(290_000), Money.ofEuros(310_000));
        assertThat(funding.fundingOf(officer, zorg).changeRequests()).as("each keeps the amounts it moved from")
                .extracting(ChangeRequestView::amount, ChangeRequestView::currentAmount, ChangeRequestView::currentTargetAmount)
                .containsExactlyInAnyOrder(tuple(Money.ofEuros(10_000), Money.ofEuros(400_000), Money.ofEuros(200_000)),
                        tuple(Money.ofEuros(100_000), Money.ofEuros(390_000), Money.ofEuros(210_000)));
    }

    /**
     * The change form offers the applicant only what their PPS's tranches allow. A budget shift needs two tranches that
     * may still change: PPS Zorg, with two, is offered it; PPS Techniek, with one, is told why it is not (it was offered
     * it, and the form could only be refused, for want of a tranche to move the money to). Once its tranche is reported
     * on, nothing of PPS Techniek can change, and the page says so rather than showing a form without a tranche to choose.
     */
    @Test
    void theChangeFormOffersOnlyTheChangesThePpssTranchesAllow() throws Exception {
        java.util.ResourceBundle dutch = java.util.ResourceBundle.getBundle(nl.ngf.grants.web.Messages.BUNDLE, nl.ngf.grants.web.Language.DUTCH);
        java.util.function.Function<ChangeKind, String> offered = kind -> "<label for=\"change:kind:" + kind.ordinal() + "\">"
                + dutch.getString("ChangeKind." + kind.name()) + "</label>";
        LoggedInHttp applicantsBrowser = LoggedInHttp.as(applicant.username(), password);

        String twoTranches = applicantsBrowser.get("funding/change.xhtml?partnership=" + zorg).body();
        assertThat(twoTranches).as("PPS Zorg, two tranches").contains(offered.apply(ChangeKind.DELAY), offered.apply(ChangeKind.CONTENT),
                offered.apply(ChangeKind.BUDGET_SHIFT)).doesNotContain("change:noShift");
        String oneTranche = applicantsBrowser.get("funding/change.xhtml?partnership=" + techniek).body();
        assertThat(oneTranche).as("PPS Techniek, one tranche").contains(offered.apply(ChangeKind.DELAY), offered.apply(ChangeKind.CONTENT))
                .doesNotContain(dutch.getString("ChangeKind.BUDGET_SHIFT")).contains(dutch.getString("change.shift.oneTranche"));

        report(funding.fundingOf(applicant, techniek).tranches().get(0).id(), report(150));
        String nothing = applicantsBrowser.get("funding/change.xhtml?partnership=" + techniek).body();
        assertThat(nothing).as("PPS Techniek, its tranche reported on").contains(dutch.getString("change.nothingChangeable"))
                .doesNotContain("change:submit").doesNotContain("change:tranche");

        // A PPS of a programme not yet awarded has no tranches: nothing to change yet, rather than nothing any more.
        long nextProgramme = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Volgende ronde", applicant.organisationId(),
                new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), 1, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));
        long unallocated = partnerships.register(officer, new PartnershipRegistration(nextProgramme, applicant.organisationId(), "PPS Later",
                "Twente", "Zorg", "ROC", BASELINE, TARGET));
        String notYet = applicantsBrowser.get("funding/change.xhtml?partnership=" + unallocated).body();
        assertThat(notYet).as("a PPS without tranches").contains(dutch.getString("change.noTranches"))
                .doesNotContain(dutch.getString("change.nothingChangeable")).doesNotContain("change:submit");
    }

    /**
     * An officer has the list of tranches open, narrowed to those waiting for a report, and another to those being
     * verified; meanwhile an applicant submits a report, so one tranche moves from the first list to the second. The
     * officer downloads both lists as they had them open: each download comes (it once never did: the export kept
     * asking for the tranche that had left the list) and holds the tranches as they are now, the one that came in too.
     */
    @Test
    void aListOfTranchesDownloadedAfterATrancheLeftOrJoinedItHoldsTheListAsItIsNow() throws Exception {
        LoggedInHttp officersBrowser = LoggedInHttp.as(officer.username(), password);
        String narrowed = "funding/tranches.xhtml?programme=" + programmeId + "&show=";
        LoggedInHttp.OpenPage waitingForReports = officersBrowser.open(narrowed + "REPORT_DUE");
        LoggedInHttp.OpenPage beingVerified = officersBrowser.open(narrowed + "IN_VERIFICATION");
        long campus = everyTranche(officer).stream().filter(t -> t.partnershipId() == techniek).findFirst().orElseThrow().trancheId();

        report(campus, report(150));

        for (String button : List.of("tranches:exportCsv", "tranches:exportXlsx")) {
            assertThat(rowsOf(waitingForReports.download("tranches", button, shown("REPORT_DUE")).body(), button)).as(button + ", waiting for a report")
                    .singleElement().satisfies(row -> assertThat(row).contains("PPS Zorg").contains("50 bedrijven aangesloten"));
            assertThat(rowsOf(beingVerified.download("tranches", button, shown("IN_VERIFICATION")).body(), button)).as(button + ", being verified")
                    .singleElement().satisfies(row -> assertThat(row).contains("PPS Techniek").contains("Campus geopend"));
        }
    }

    /** The list of tranches' menus as the officer left them: this programme, in this status. */
    private java.util.Map<String, String> shown(String status) {
        return java.util.Map.of("tranches:programme_input", String.valueOf(programmeId), "tranches:show_input", status);
    }

    /** The rows of a downloaded list after its header, each as its cells' text joined. */
    private static List<String> rowsOf(byte[] download, String button) throws java.io.IOException {
        if (button.endsWith("Csv")) {
            return new String(download, java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        return Spreadsheets.rows(new java.io.ByteArrayInputStream(download)).stream().skip(1).map(cells -> String.join(" | ", cells)).toList();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static ProgressReportSubmission report(int companies) {
        return new ProgressReportSubmission(companies, new BigDecimal("9.50"), 800, 45, new BigDecimal("320000.00"),
                "Nieuwe bedrijven aangesloten via de regiotafels.", List.of());
    }

    private void report(long trancheId, ProgressReportSubmission report) {
        funding.submitProgressReport(applicant, task(applicant, "submitProgressReport", trancheId).id(), report);
    }

    /** The tranche model's release step's jobs, to hold back from the job executor while a test decides when they run. */
    private JobDefinition releaseJobs() {
        return management.createJobDefinitionQuery().processDefinitionKey("trancheRelease")
                .activityIdIn("releaseTranche").list().stream().findFirst().orElseThrow();
    }

    private WorkTask task(Actor actor, String taskKey, long trancheId) {
        return workflow.inbox(actor).stream().filter(t -> t.businessKey().equals(String.valueOf(trancheId)))
                .filter(t -> taskKey == null || t.taskKey().equals(taskKey)).findFirst().orElse(null);
    }

    /** The applicant's request to move so many euros from the PPS's first tranche to its second. */
    private ChangeRequestSubmission shiftToTheSecondTranche(long euros) {
        List<TrancheView> tranches = funding.fundingOf(applicant, zorg).tranches();
        return new ChangeRequestSubmission(zorg, ChangeKind.BUDGET_SHIFT, tranches.get(0).id(), tranches.get(1).id(), null, null, null,
                BigDecimal.valueOf(euros), "Meer budget voor de tweede fase.");
    }

    private String changeTask() {
        return workflow.inbox(officer).stream().filter(t -> t.taskKey().equals("decideOnChangeRequest"))
                .filter(t -> funding.changeRequestOfTask(officer, t.id()).partnershipId() == zorg).findFirst().orElseThrow().id();
    }

    private String programmeTask(Actor actor) {
        return AwardInFull.taskOf(workflow, actor, programmeId);
    }

    private String processOf(long trancheId) {
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("select process_instance_id from tranche_release where tranche_id = ?")) {
            s.setLong(1, trancheId);
            var rs = s.executeQuery();
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dutchDay(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.forLanguageTag("nl")));
    }

    /** The applicant's mails whose subject starts so, once one has arrived (mailed after the step that sent it commits). */
    private List<Mailbox.Mail> awaitMail(String subjectStart) {
        return Waiting.upTo(Duration.ofSeconds(30), "a mail to the applicant beginning '" + subjectStart + "'")
                .until(() -> Mailbox.of(applicantAddress).stream().filter(m -> m.subject().startsWith(subjectStart)).toList(), m -> !m.isEmpty());
    }

    /** Waits for the asynchronous release step on the job executor to have brought the tranche where it is expected. */
    /** Every tranche the actor may see, in the list's order: the list read as one page. */
    private List<TrancheOverview> everyTranche(Actor actor) {
        return funding.tranchePage(actor, TrancheSelection.all(), 0, Integer.MAX_VALUE).lines();
    }

    private TrancheView awaitStatus(long partnershipId, long trancheId, TrancheStatus status) {
        return Waiting.upTo(Duration.ofSeconds(60), "tranche " + trancheId + " " + status)
                .until(() -> funding.fundingOf(officer, partnershipId).tranches().stream().filter(t -> t.id() == trancheId)
                        .findFirst().orElseThrow(), t -> t.status() == status);
    }

    /** Every case on the auditor's timelines of the programme and its two PPSs: the award and the three tranches. */
    private java.util.Collection<nl.ngf.grants.history.Timeline.CaseDiagram> casesSeenByTheAuditor() {
        java.util.Map<String, nl.ngf.grants.history.Timeline.CaseDiagram> cases = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.of(caseHistory.ofProgramme(administrator, programmeId), caseHistory.ofPartnership(administrator, zorg),
                        caseHistory.ofPartnership(administrator, techniek))
                .flatMap(t -> t.cases().stream()).forEach(c -> cases.put(c.processInstanceId(), c));
        return cases.values();
    }

    /** Waits for the job executor to have failed the tranche's payment (still retrying, or given up). */
    private StalledRelease awaitStalled(long trancheId, boolean retrying) {
        return Waiting.upTo(Duration.ofSeconds(60), "a stalled payment of tranche " + trancheId + " (retrying: " + retrying + ")")
                .until(() -> funding.stalledReleases(administrator).stream()
                        .filter(r -> r.trancheId() == trancheId && (r.attemptsLeft() > 0) == retrying).findFirst(), java.util.Optional::isPresent)
                .get();
    }

    private long ledgerLines(long trancheId) {
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from disbursement where tranche_id = ?")) {
            s.setLong(1, trancheId);
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertDisbursement(long trancheId, long partnershipId) throws Exception {
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("insert into disbursement (id, tranche_id, partnership_id, programme_id,"
                     + " amount_cents, authorised_by, released_at) values (?, ?, ?, ?, 1, 'test', current_timestamp)")) {
            s.setLong(1, 900_000_000L + trancheId);
            s.setLong(2, trancheId);
            s.setLong(3, partnershipId);
            s.setLong(4, programmeId);
            s.executeUpdate();
        }
    }

    private void inTransaction(Runnable work) {
        try {
            transaction.begin();
            try {
                work.run();
                transaction.commit();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
