package nl.ngf.grants.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.shared.SubmissionKey;
import nl.ngf.grants.testsupport.AwardInFull;
import nl.ngf.grants.testsupport.Deployments;
import nl.ngf.grants.testsupport.HeldTransaction;
import nl.ngf.grants.testsupport.ItDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PPSs on a real server: the officer adds them, an applicant sees only their own organisation's. */
@ExtendWith(ItDatabase.class)
@ExtendWith(ArquillianExtension.class)
class PartnershipsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(PartnershipsIT.class, ItDatabase.class, AwardInFull.class);
    }

    @Inject
    PartnershipService partnerships;

    @Inject
    ProgrammeService programmes;

    @Inject
    IdentityService identity;

    @Inject
    nl.ngf.grants.audit.AuditTrail audit;

    static final Kpis BASELINE = new Kpis(80, new BigDecimal("4.50"), 600, 30, Money.ofEuros(200_000));
    static final Kpis TARGET = new Kpis(240, new BigDecimal("18.00"), 1200, 60, Money.ofEuros(600_000));
    static final KpiTarget COMPANIES_100 = new KpiTarget(Kpi.COMPANIES, new BigDecimal("100"));

    @Test
    void anOfficerAddsPpssAndEachApplicantSeesOnlyTheirOwn() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        OrganisationView mine = identity.createOrganisation("pps-lead-" + run, "Penvoerder " + run);
        OrganisationView other = identity.createOrganisation("pps-other-" + run, "Ander " + run);
        identity.createUser("pps-adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser("pps-aanvrager-" + run, "Aanvrager", "geheim-" + run, mine.id(), Set.of(Role.APPLICANT));
        identity.createUser("pps-ander-" + run, "Ander", "geheim-" + run, other.id(), Set.of(Role.APPLICANT));
        Actor officer = identity.actor("pps-adviseur-" + run).orElseThrow();
        Actor applicant = identity.actor("pps-aanvrager-" + run).orElseThrow();
        Actor otherApplicant = identity.actor("pps-ander-" + run).orElseThrow();
        identity.createUser("pps-beheer-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        Actor administrator = identity.actor("pps-beheer-" + run).orElseThrow();
        long programmeId = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Pps-programma " + run,
                mine.id(), new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), 2, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));

        long id = partnerships.register(officer, new PartnershipRegistration(programmeId, mine.id(), "PPS Zorg " + run,
                "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET));

        assertThatThrownBy(() -> partnerships.register(officer, new PartnershipRegistration(programmeId, mine.id(), "pps zorg " + run,
                "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("partnership.name.taken"));
        // Pasted from a document, with a non-breaking space and one typed twice: the list would show the same name twice.
        assertThatThrownBy(() -> partnerships.register(officer, new PartnershipRegistration(programmeId, mine.id(), "PPS\u00A0Zorg  " + run,
                "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("partnership.name.taken"));
        assertThatThrownBy(() -> partnerships.register(applicant, new PartnershipRegistration(programmeId, mine.id(), "Eigen PPS " + run,
                "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET))).isInstanceOf(NotAllowedException.class);
        assertThat(partnerships.acceptsPartnerships(officer, programmeId)).as("before the allocation, an officer adds PPSs").isTrue();
        assertThat(partnerships.acceptsPartnerships(applicant, programmeId)).as("an applicant never").isFalse();

        // A form left half empty, with a name the programme has: every problem at once, and nothing registered.
        assertThatThrownBy(() -> partnerships.register(officer, new PartnershipRegistration(programmeId, mine.id(), "PPS ZORG " + run,
                " ", "Zorg", "ROC van Twente", PartnershipRegistration.Figures.of(BASELINE),
                new PartnershipRegistration.Figures(null, TARGET.smeReachPercent(), 100, Math.toIntExact(TARGET.teachers()), TARGET.cofinancing()))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.refusals()).extracting(DomainException::messageKey)
                        .containsExactly("partnership.name.taken", "partnership.region.required", "partnership.companies.targetRequired",
                                "partnership.students.belowBaseline"));
        assertThat(partnerships.partnershipsOf(officer, programmeId)).extracting(PartnershipView::id).containsExactly(id);

        assertThat(audit.about(administrator, "partnership", List.of(String.valueOf(id)))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("partnership.registered");
            assertThat(e.actor()).isEqualTo("pps-adviseur-" + run);
            assertThat(e.details()).contains("name=PPS Zorg " + run).contains("leadInstitution=ROC van Twente")
                    .contains("baseline=companies 80, smeReachPercent 4.50, students 600, teachers 30, cofinancingCents 20000000")
                    .contains("target=companies 240, smeReachPercent 18.00");
        });

        // Before the allocation the officer corrects what was entered: by the same rules, each change audited from and to.
        long techniek = partnerships.register(officer, new PartnershipRegistration(programmeId, mine.id(), "PPS Techniek " + run,
                "Twente", "Techniek", "ROC van Twente", BASELINE, TARGET));
        assertThatThrownBy(() -> partnerships.correct(officer, techniek, new PartnershipRegistration(programmeId, mine.id(), "PPS ZORG " + run,
                "Twente", "Techniek", "ROC van Twente", BASELINE, TARGET)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("partnership.name.taken"));
        assertThatThrownBy(() -> partnerships.correct(applicant, techniek, new PartnershipRegistration(programmeId, mine.id(), "Eigen " + run,
                "Twente", "Techniek", "ROC van Twente", BASELINE, TARGET))).isInstanceOf(NotAllowedException.class);
        Kpis correctedBaseline = new Kpis(85, BASELINE.smeReachPercent(), BASELINE.students(), BASELINE.teachers(), BASELINE.cofinancing());
        assertThat(partnerships.correct(officer, techniek, new PartnershipRegistration(programmeId, mine.id(), "PPS Techniek en ICT " + run,
                "Twente", "Techniek", "ROC van Twente", correctedBaseline, TARGET))).isTrue();
        assertThat(partnerships.partnership(officer, techniek)).extracting(PartnershipView::name, p -> p.baseline().companies())
                .containsExactly("PPS Techniek en ICT " + run, 85L);
        assertThat(partnerships.correct(officer, techniek, new PartnershipRegistration(programmeId, mine.id(), " PPS Techniek en ICT " + run,
                "Twente", "Techniek", "ROC van Twente", correctedBaseline, TARGET))).as("the same details again change nothing").isFalse();
        assertThat(audit.about(administrator, "partnership", List.of(String.valueOf(techniek))))
                .filteredOn(e -> e.action().equals("partnership.corrected")).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("name PPS Techniek " + run + " -> PPS Techniek en ICT " + run
                        + "; baseline companies 80, smeReachPercent 4.50, students 600, teachers 30, cofinancingCents 20000000"
                        + " -> companies 85, smeReachPercent 4.50, students 600, teachers 30, cofinancingCents 20000000"));

        PartnershipView seen = partnerships.partnership(applicant, id);
        assertThat(seen.target().smeReachPercent()).isEqualByComparingTo("18.00");
        assertThat(seen.baseline().cofinancing()).isEqualTo(Money.ofEuros(200_000));
        assertThat(partnerships.partnershipsOf(applicant, programmeId)).extracting(PartnershipView::id).containsExactlyInAnyOrder(id, techniek);
        assertThat(partnerships.partnerships(otherApplicant)).noneMatch(p -> p.id() == id);
        assertThatThrownBy(() -> partnerships.partnership(otherApplicant, id)).isInstanceOf(NotAllowedException.class);
    }

    /**
     * An officer corrects a PPS from a form opened before a colleague corrected it: until 2026-12-07 the form's values
     * were written back over the colleague's, unnoticed but for the audit entry. Refused with nothing changed; opened
     * again, the correction goes through beside the colleague's.
     */
    @Test
    void aPpsCorrectedSinceTheFormOpenedIsNotWrittenBackOverTheCorrection() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        People people = people("pps-stale-", run);
        OrganisationView lead = people.organisation();
        Actor officer = people.officer();
        long programmeId = programmeOf(people, "Pps-stale " + run);
        long id = partnerships.register(officer, inTwente(programmeId, lead, "PPS Zorg " + run));
        PartnershipView opened = partnerships.partnership(officer, id);
        partnerships.correct(officer, id, opened, new PartnershipRegistration(programmeId, lead.id(), "PPS Zorg " + run,
                "Twente", "Zorg en welzijn", "ROC van Twente", BASELINE, TARGET));

        assertThatThrownBy(() -> partnerships.correct(officer, id, opened, new PartnershipRegistration(programmeId, lead.id(),
                "PPS Zorg " + run, "Oost-Nederland", "Zorg", "ROC van Twente", BASELINE, TARGET)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("partnership.changedMeanwhile"));
        assertThat(partnerships.partnership(officer, id)).extracting(PartnershipView::region, PartnershipView::sector)
                .containsExactly("Twente", "Zorg en welzijn");

        PartnershipView reopened = partnerships.partnership(officer, id);
        assertThat(partnerships.correct(officer, id, reopened, new PartnershipRegistration(programmeId, lead.id(), "PPS Zorg " + run,
                "Oost-Nederland", "Zorg en welzijn", "ROC van Twente", BASELINE, TARGET))).isTrue();
        assertThat(partnerships.partnership(officer, id)).extracting(PartnershipView::region, PartnershipView::sector)
                .containsExactly("Oost-Nederland", "Zorg en welzijn");
    }

    /**
     * Two officers add a PPS of the same name (in another case) to a programme at the same moment: the one that comes
     * second waits for the first (the programme is held) and is then refused as the name check refuses it, not with a
     * server error; the programme has one PPS of that name.
     */
    @Test
    void twoOfficersAddingAPpsOfTheSameNameAtOnceAddItOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        People people = people("pps-race-", run);
        OrganisationView lead = people.organisation();
        Actor officer = people.officer();
        long programmeId = programmeOf(people, "Pps-race " + run);

        HeldTransaction.Raced<Long, String> raced = HeldTransaction.race(
                () -> partnerships.register(officer, new PartnershipRegistration(programmeId, lead.id(), "PPS Gelijk " + run,
                        "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET), SubmissionKey.next()),
                () -> refusalOf(() -> partnerships.register(officer, new PartnershipRegistration(programmeId, lead.id(),
                        "  pps gelijk " + run, "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET), SubmissionKey.next())));

        assertThat(raced.second()).isEqualTo("partnership.name.taken");
        assertThat(partnerships.partnershipsOf(officer, programmeId)).extracting(PartnershipView::id, PartnershipView::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(raced.first(), "PPS Gelijk " + run));
    }

    /**
     * The same "add PPS" form sent twice (a double click), at once and again later: one PPS, one audit entry, and each
     * request answers that PPS; the form changed and sent again adds nothing and says so.
     */
    @Test
    void aPpsFormSentTwiceAddsThePpsOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        People people = people("pps-twice-", run);
        OrganisationView lead = people.organisation();
        Actor officer = people.officer();
        long programmeId = programmeOf(people, "Pps-dubbel " + run);
        String form = SubmissionKey.next();
        java.util.function.Function<String, PartnershipRegistration> inRegion = region -> new PartnershipRegistration(programmeId,
                lead.id(), "PPS Dubbel " + run, region, "Zorg", "ROC van Twente", BASELINE, TARGET);

        HeldTransaction.Raced<Long, Long> raced = HeldTransaction.race(() -> partnerships.register(officer, inRegion.apply("Twente"), form),
                () -> partnerships.register(officer, inRegion.apply("Twente"), form));

        long added = raced.first();
        assertThat(raced.second()).isEqualTo(added);
        assertThat(partnerships.register(officer, inRegion.apply("Twente"), form)).as("sent again later").isEqualTo(added);
        assertThat(refusalOf(() -> partnerships.register(officer, inRegion.apply("Achterhoek"), form))).as("changed and sent again")
                .isEqualTo("partnership.submission.used");
        assertThat(partnerships.partnershipsOf(officer, programmeId)).extracting(PartnershipView::id, PartnershipView::region)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(added, "Twente"));
        identity.createUser("pps-twice-beheer-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        assertThat(audit.about(identity.actor("pps-twice-beheer-" + run).orElseThrow(), "partnership", List.of(String.valueOf(added))))
                .extracting(nl.ngf.grants.audit.AuditEntryView::action).containsExactly("partnership.registered");
    }

    /**
     * A PPS renamed to the name of one being added at that moment by another officer: the rename's name check cannot see
     * the other, not yet committed, and the database's unique constraint refuses the one written second, told as the
     * check would tell it, not as a server error.
     */
    @Test
    void aPpsRenamedToTheNameOfOneBeingAddedIsRefusedByTheDatabase() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        People people = people("pps-rename-", run);
        OrganisationView lead = people.organisation();
        Actor officer = people.officer();
        long programmeId = programmeOf(people, "Pps-hernoemd " + run);
        long existing = partnerships.register(officer, inTwente(programmeId, lead, "PPS Oud " + run));

        javax.naming.InitialContext naming = new javax.naming.InitialContext();
        jakarta.transaction.UserTransaction first = (jakarta.transaction.UserTransaction) naming.lookup("java:comp/UserTransaction");
        java.util.concurrent.ExecutorService executor =
                (java.util.concurrent.ExecutorService) naming.lookup("java:comp/DefaultManagedExecutorService");
        first.begin();
        java.util.concurrent.Future<String> second;
        try {
            partnerships.register(officer, new PartnershipRegistration(programmeId, lead.id(), "PPS Gelijk " + run,
                    "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET));
            // The rename, while the new PPS is written but not yet committed: its name check cannot see it.
            java.util.concurrent.atomic.AtomicReference<Thread> secondThread = new java.util.concurrent.atomic.AtomicReference<>();
            second = executor.submit(() -> {
                secondThread.set(Thread.currentThread());
                return refusalOf(() -> partnerships.correct(officer, existing, new PartnershipRegistration(programmeId, lead.id(),
                        "  pps gelijk " + run, "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET)));
            });
            java.util.concurrent.Future<String> waiting = second;
            nl.ngf.grants.testsupport.Waiting.upTo(java.time.Duration.ofSeconds(30), "the rename is being written")
                    .until(() -> waiting.isDone() || writing(secondThread.get()));
            first.commit();
        } catch (Exception | AssertionError e) {
            first.rollback();
            throw e;
        }
        assertThat(second.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("partnership.name.taken");
        assertThat(partnerships.partnershipsOf(officer, programmeId)).extracting(PartnershipView::name)
                .containsExactly("PPS Gelijk " + run, "PPS Oud " + run);
    }

    /** The refusal's message key, or "done" when the call was not refused. */
    private static String refusalOf(Runnable call) {
        try {
            call.run();
            return "done";
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    /**
     * Whether the thread is writing a row (in a JDBC update, on the database or waiting for it): past every check of
     * what it writes, so that what the database holds by now decides.
     */
    private static boolean writing(Thread thread) {
        return thread != null && java.util.Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("executeUpdate"));
    }

    @Inject
    AllocationService allocations;

    @Inject
    nl.ngf.grants.workflow.WorkflowService workflow;

    @Test
    void anAwardedProgrammeIsAllocatedWithinItsAwardAndNothingIsWrittenOnBadInput() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        People people = people("alloc-", run);
        OrganisationView org = people.organisation();
        Actor officer = people.officer();
        Actor committee = people.committee();
        Actor applicant = people.applicant();
        long programmeId = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Toewijzing " + run,
                org.id(), new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), 2, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));
        long zorg = partnerships.register(officer, new PartnershipRegistration(programmeId, org.id(), "PPS Zorg", "Twente", "Zorg", "ROC", BASELINE, TARGET));
        long techniek = partnerships.register(officer, new PartnershipRegistration(programmeId, org.id(), "PPS Techniek", "Twente", "Techniek", "ROC", BASELINE, TARGET));
        long withdrawn = partnerships.register(officer, new PartnershipRegistration(programmeId, org.id(), "PPS Teruggetrokken", "Twente",
                "Bouw", "ROC", BASELINE, TARGET));
        AwardInFull.award(programmes, workflow, programmeId, officer, committee, applicant, new BigDecimal("1000000.00"));
        String task = taskOf(officer, programmeId);
        LocalDate later = LocalDate.now().plusMonths(6);

        AllocationPlan tooMuch = new AllocationPlan(List.of(
                new AllocationPlan.Line(zorg, new BigDecimal("600000.00"), List.of(new AllocationPlan.Tranche(new BigDecimal("600000.00"), later, "KPI 1", COMPANIES_100))),
                new AllocationPlan.Line(techniek, new BigDecimal("400000.01"), List.of(new AllocationPlan.Tranche(new BigDecimal("400000.01"), later, "KPI 1", COMPANIES_100)))));
        assertThatThrownBy(() -> allocations.allocate(officer, task, tooMuch))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("allocation.aboveAwarded"));
        assertThat(allocations.allocationOf(officer, programmeId).lines()).isEmpty();
        assertThat(taskOf(officer, programmeId)).isEqualTo(task);

        // A milestone whose KPI value does not lie above the PPS's baseline (80 companies) cannot be measured.
        AllocationPlan unmeasurable = new AllocationPlan(List.of(new AllocationPlan.Line(zorg, new BigDecimal("600000.00"),
                List.of(new AllocationPlan.Tranche(new BigDecimal("600000.00"), later, "Bedrijven houden",
                        new KpiTarget(Kpi.COMPANIES, new BigDecimal("80")))))));
        assertThatThrownBy(() -> allocations.allocate(officer, task, unmeasurable))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("allocation.tranche.target.aboveBaseline");
                    assertThat(e.arguments()).containsExactly("PPS Zorg", 1, "80");
                });
        assertThat(allocations.allocationOf(officer, programmeId).lines()).as("a refused allocation writes nothing").isEmpty();

        allocations.allocate(officer, task, new AllocationPlan(List.of(
                new AllocationPlan.Line(zorg, new BigDecimal("600000.00"), List.of(
                        new AllocationPlan.Tranche(new BigDecimal("250000.00"), later, "50 bedrijven aangesloten", COMPANIES_100),
                        new AllocationPlan.Tranche(new BigDecimal("350000.00"), later.plusYears(1), "Mkb-bereik 10%",
                                new KpiTarget(Kpi.SME_REACH, new BigDecimal("10"))))),
                new AllocationPlan.Line(techniek, new BigDecimal("300000.00"), List.of(
                        new AllocationPlan.Tranche(new BigDecimal("300000.00"), later, "Nulmeting bevestigd",
                                new KpiTarget(Kpi.COFINANCING, new BigDecimal("250000.5"))))))));

        // Allocated: a PPS added now would get nothing, so none can be.
        assertThat(partnerships.acceptsPartnerships(officer, programmeId)).isFalse();
        assertThatThrownBy(() -> partnerships.register(officer, new PartnershipRegistration(programmeId, org.id(), "PPS Laat", "Twente",
                "Zorg", "ROC", BASELINE, TARGET)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("partnership.registration.closed"));
        assertThat(partnerships.partnershipsOf(officer, programmeId)).hasSize(3);
        assertThatThrownBy(() -> partnerships.correct(officer, zorg, new PartnershipRegistration(programmeId, org.id(), "PPS Zorg", "Twente",
                "Zorg", "ROC", new Kpis(1, BASELINE.smeReachPercent(), 600, 30, BASELINE.cofinancing()), TARGET)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("partnership.correction.closed"));
        assertThat(partnerships.partnership(officer, zorg).baseline()).as("a baseline a milestone was set against stays").isEqualTo(BASELINE);

        // A PPS the allocation left out (it withdrew) a grant officer removes, and the audit trail keeps what it was; a PPS
        // with a share of the allocation, and tranches, stays.
        identity.createUser("alloc-beheer-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        Actor administrator = identity.actor("alloc-beheer-" + run).orElseThrow();
        assertThat(partnerships.mayRemove(officer, zorg)).isFalse();
        assertThatThrownBy(() -> partnerships.remove(officer, zorg))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("partnership.removal.allocated"));
        for (Actor neither : List.of(applicant, administrator)) {
            assertThat(partnerships.mayRemove(neither, withdrawn)).isFalse();
            assertThatThrownBy(() -> partnerships.remove(neither, withdrawn)).isInstanceOf(NotAllowedException.class);
        }
        assertThat(partnerships.mayRemove(officer, withdrawn)).isTrue();
        partnerships.remove(officer, withdrawn);
        assertThat(partnerships.partnershipsOf(officer, programmeId)).extracting(PartnershipView::name)
                .containsExactlyInAnyOrder("PPS Zorg", "PPS Techniek");
        assertThatThrownBy(() -> partnerships.partnership(officer, withdrawn)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> partnerships.remove(officer, withdrawn)).as("removed once").isInstanceOf(NotAllowedException.class);
        assertThat(audit.about(administrator, "partnership", List.of(String.valueOf(withdrawn))))
                .extracting(nl.ngf.grants.audit.AuditEntryView::action).containsExactly("partnership.registered", "partnership.removed");
        assertThat(audit.about(administrator, "partnership", List.of(String.valueOf(withdrawn))).get(1)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("alloc-adviseur-" + run);
            assertThat(e.details()).startsWith("programme=" + programmeId + "; ").contains("name=PPS Teruggetrokken").contains("sector=Bouw")
                    .contains("baseline=companies 80, smeReachPercent 4.50");
        });

        AllocationView allocation = allocations.allocationOf(applicant, programmeId);
        assertThat(allocation.allocated()).isEqualTo(Money.ofEuros(900_000));
        assertThat(allocation.remaining()).isEqualTo(Money.ofEuros(100_000));
        assertThat(allocation.lines()).extracting(AllocationView.Line::partnershipName).containsExactlyInAnyOrder("PPS Zorg", "PPS Techniek");
        assertThat(allocation.lines()).flatExtracting(AllocationView.Line::tranches).extracting(AllocationView.Tranche::target)
                .as("each milestone keeps the KPI value it is measured on, at that figure's scale")
                .containsExactlyInAnyOrder(COMPANIES_100, new KpiTarget(Kpi.SME_REACH, new BigDecimal("10.00")),
                        new KpiTarget(Kpi.COFINANCING, new BigDecimal("250000.50")));
        assertThat(workflow.inbox(officer).stream().noneMatch(t -> t.businessKey().equals(String.valueOf(programmeId)))).isTrue();
    }

    /**
     * The allocation sent twice at once (two officers, or a double click that sends the form twice): the one that comes
     * second waits for the first and is then told, as it would be afterwards, that the task is done; not a server error.
     * Each PPS has the first one's allocation only.
     */
    @Test
    void anAllocationSentTwiceAtOnceIsWrittenOnceAndTheSecondIsToldTheTaskIsDone() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Awarded awarded = awardedWithOnePps("alloc-race-", run);
        Actor officer = awarded.people().officer();
        long programmeId = awarded.programmeId();
        long zorg = awarded.zorg();
        String task = awarded.task();
        LocalDate later = LocalDate.now().plusMonths(6);
        java.util.function.Function<String, AllocationPlan> plan = amount -> new AllocationPlan(List.of(new AllocationPlan.Line(zorg,
                new BigDecimal(amount), List.of(new AllocationPlan.Tranche(new BigDecimal(amount), later, "KPI 1", COMPANIES_100)))));

        HeldTransaction.Raced<Void, String> raced = HeldTransaction.race(() -> {
            allocations.allocate(officer, task, plan.apply("600000.00"));
            return null;
        }, () -> refusalOf(() -> allocations.allocate(officer, task, plan.apply("700000.00"))));
        // Told the task is done: by whom when the engine's history already shows it (as it does afterwards), else plainly.
        assertThat(raced.second()).isIn("task.completedBy", "task.notAvailable");
        assertThat(catchThrowableOfType(DomainException.class,
                () -> allocations.allocate(officer, task, plan.apply("800000.00"))).messageKey()).isEqualTo("task.completedBy");
        assertThat(allocations.allocationOf(officer, programmeId).allocated()).isEqualTo(Money.ofEuros(600_000));
        identity.createUser("alloc-race-beheer-" + run, "Beheerder", "geheim-" + run, null, Set.of(Role.ADMINISTRATOR));
        assertThat(audit.about(identity.actor("alloc-race-beheer-" + run).orElseThrow(), "programme", List.of(String.valueOf(programmeId))))
                .filteredOn(e -> e.action().equals("programme.allocated")).hasSize(1);
    }

    /**
     * A PPS added at the moment the awarded amount is being divided (another officer, a form left open): it waits for the
     * allocation and is then refused as any PPS added after it is, instead of joining a programme whose money it has no
     * share of.
     */
    @Test
    void aPpsAddedWhileTheMoneyIsBeingDividedIsRefused() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Awarded awarded = awardedWithOnePps("alloc-late-", run);
        OrganisationView org = awarded.people().organisation();
        Actor officer = awarded.people().officer();
        long programmeId = awarded.programmeId();
        long zorg = awarded.zorg();
        String task = awarded.task();
        BigDecimal all = new BigDecimal("1000000.00");

        HeldTransaction.Raced<Void, String> raced = HeldTransaction.race(() -> {
            allocations.allocate(officer, task, new AllocationPlan(List.of(new AllocationPlan.Line(zorg, all,
                    List.of(new AllocationPlan.Tranche(all, LocalDate.now().plusMonths(6), "KPI 1", COMPANIES_100))))));
            return null;
        }, () -> refusalOf(() -> partnerships.register(officer, new PartnershipRegistration(programmeId, org.id(), "PPS Laat " + run,
                "Twente", "Techniek", "ROC", BASELINE, TARGET), SubmissionKey.next())));

        assertThat(raced.second()).isEqualTo("partnership.registration.closed");
        assertThat(partnerships.partnershipsOf(officer, programmeId)).extracting(PartnershipView::id).containsExactly(zorg);
        assertThat(allocations.allocationOf(officer, programmeId).allocated()).isEqualTo(Money.ofEuros(1_000_000));
    }

    /**
     * One officer removes a PPS added by mistake at the moment another sends the allocation that still names it: the
     * allocation waits for the removal (it reads the programme's PPSs under their locks) and is then refused as naming a
     * PPS the programme does not have, as it is afterwards; not a server error, as meeting the database's refusal of money
     * for a PPS no longer there would be. The other PPS keeps nothing of the refused allocation.
     */
    @Test
    void anAllocationNamingAPpsRemovedAtThatMomentIsRefusedPlainly() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Awarded awarded = awardedWithOnePps("alloc-weg-", run);
        Actor officer = awarded.people().officer();
        long programmeId = awarded.programmeId();
        long zorg = awarded.zorg();
        long mistake = partnerships.register(officer, new PartnershipRegistration(programmeId, awarded.people().organisation().id(),
                "PPS Vergissing", "Twente", "Zorg", "ROC", BASELINE, TARGET));
        LocalDate later = LocalDate.now().plusMonths(6);
        BigDecimal half = new BigDecimal("500000.00");
        AllocationPlan both = new AllocationPlan(List.of(
                new AllocationPlan.Line(zorg, half, List.of(new AllocationPlan.Tranche(half, later, "KPI 1", COMPANIES_100))),
                new AllocationPlan.Line(mistake, half, List.of(new AllocationPlan.Tranche(half, later, "KPI 1", COMPANIES_100)))));

        HeldTransaction.Raced<Void, String> raced = HeldTransaction.race(() -> {
            partnerships.remove(officer, mistake);
            return null;
        }, () -> refusalOf(() -> allocations.allocate(officer, awarded.task(), both)));

        assertThat(raced.second()).isEqualTo("allocation.partnership.unknown");
        assertThat(partnerships.partnershipsOf(officer, programmeId)).extracting(PartnershipView::id).containsExactly(zorg);
        assertThat(allocations.allocationOf(officer, programmeId).allocated()).isEqualTo(Money.ZERO);
    }

    /** An allocation test's own organisation with its officer, committee member and applicant, named by prefix and run. */
    private record People(OrganisationView organisation, Actor officer, Actor committee, Actor applicant) {
    }

    private People people(String prefix, String run) {
        OrganisationView org = identity.createOrganisation(prefix + run, "Toewijzing " + run);
        identity.createUser(prefix + "adviseur-" + run, "Adviseur", "geheim-" + run, null, Set.of(Role.GRANT_OFFICER));
        identity.createUser(prefix + "commissie-" + run, "Commissie", "geheim-" + run, null, Set.of(Role.COMMITTEE_MEMBER));
        identity.createUser(prefix + "aanvrager-" + run, "Aanvrager", "geheim-" + run, org.id(), Set.of(Role.APPLICANT));
        return new People(org, identity.actor(prefix + "adviseur-" + run).orElseThrow(), identity.actor(prefix + "commissie-" + run).orElseThrow(),
                identity.actor(prefix + "aanvrager-" + run).orElseThrow());
    }

    /** A new conditional award of € 1 million to the people's organisation, for two PPSs. */
    /** A PPS in care in Twente, led by the ROC there, with the usual baseline and target. */
    private static PartnershipRegistration inTwente(long programmeId, OrganisationView lead, String name) {
        return new PartnershipRegistration(programmeId, lead.id(), name, "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET);
    }

    private long programmeOf(People people, String title) {
        return programmes.registerConditionalAward(people.officer(), new ConditionalAwardRegistration(title, people.organisation().id(),
                new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), 2, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));
    }

    /** A programme awarded € 1 million in full, with one PPS (Zorg), and the officer's task to allocate it. */
    private record Awarded(People people, long programmeId, long zorg, String task) {
    }

    private Awarded awardedWithOnePps(String prefix, String run) {
        People people = people(prefix, run);
        long programmeId = programmes.registerConditionalAward(people.officer(), new ConditionalAwardRegistration("Toewijzing " + run,
                people.organisation().id(), new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), 1, LocalDate.now().plusWeeks(6),
                List.of("Voorwaarde")));
        long zorg = partnerships.register(people.officer(), new PartnershipRegistration(programmeId, people.organisation().id(), "PPS Zorg",
                "Twente", "Zorg", "ROC", BASELINE, TARGET));
        AwardInFull.award(programmes, workflow, programmeId, people.officer(), people.committee(), people.applicant(),
                new BigDecimal("1000000.00"));
        return new Awarded(people, programmeId, zorg, taskOf(people.officer(), programmeId));
    }

    private String taskOf(Actor actor, long programmeId) {
        return AwardInFull.taskOf(workflow, actor, programmeId);
    }
}
