package nl.ngf.grants.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import nl.ngf.grants.funding.ChangeKind;
import nl.ngf.grants.funding.ChangeRequestDecision;
import nl.ngf.grants.funding.ChangeRequestSubmission;
import nl.ngf.grants.funding.CorrectiveActionPlan;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.funding.SecondApproval;
import nl.ngf.grants.funding.TrancheView;
import nl.ngf.grants.funding.Verification;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.partnership.AllocationPlan;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.AllocationService;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkflowService;

/**
 * The money half of the demo, walked through the services exactly as the users would: one programme
 * from its allocation to its settlement (the finished case an auditor reconstructs from its timeline
 * and diagram), and one whose PPSs wait at each step of a tranche. The payment step, asynchronous on
 * the job executor, and the timers due on the way are run on their day, so the demo is complete when the
 * server is up.
 */
@Dependent
class DemoFunding {

    @Inject
    WorkflowService workflow;

    @Inject
    IdentityService identity;

    @Inject
    AllocationService allocations;

    @Inject
    FundingService funding;

    @Inject
    PartnershipService partnerships;

    /** The PPSs of the demo's two funded programmes, as their first steps find them, for the later steps. */
    private long amsterdam;
    private long zwolle;
    private long achterhoek;
    private long overijssel;
    private long apeldoorn;
    private long twente;
    private long emmen;

    /**
     * Allocates the whole award over two PPSs (five days after the award) and pays all four tranches over the
     * next nine months: one released at once, two after a second officer's approval, one withheld until a
     * corrective-action plan; one change request applied at once (a small budget shift) and one approved by
     * an officer (a delay). The programme is settled 135 days before today.
     */
    void settle(DemoCalendar on, LongSupplier programme) {
        Supplier<Actor> llo = () -> actor("aanvrager-llo");
        on.on(415, () -> {
            amsterdam = partnership(programme.getAsLong(), "PPS Zorgtechnologie Amsterdam");
            zwolle = partnership(programme.getAsLong(), "PPS Slimme Zorg Zwolle");
            allocate(programme.getAsLong(), List.of(
                    line(amsterdam, "4000000.00",
                            tranche("1500000.00", on.ago(355), "Learning community met 10 zorginstellingen gestart", Kpi.COMPANIES, "52"),
                            tranche("2500000.00", on.ago(175), "60 docenten geschoold in zorgtechnologie", Kpi.TEACHERS, "64")),
                    line(zwolle, "4000000.00",
                            tranche("800000.00", on.ago(325), "Skills lab zorgtechnologie open", Kpi.STUDENTS, "700"),
                            tranche("3200000.00", on.ago(145), "25 zorgorganisaties aangesloten", Kpi.COMPANIES, "80"))));
        });

        // Zwolle moves 200,000 to its first tranche: within 25% of both, so it applies at once.
        on.on(410, () -> {
            List<TrancheView> zwolleTranches = tranches(zwolle);
            funding.requestChange(llo.get(), new ChangeRequestSubmission(zwolle, ChangeKind.BUDGET_SHIFT, zwolleTranches.get(1).id(),
                    zwolleTranches.get(0).id(), null, null, null, new BigDecimal("200000.00"),
                    "De inrichting van het skills lab valt duurder uit; het aansluiten van zorgorganisaties goedkoper."));
        });

        on.on(372, () -> report(llo.get(), tranche(amsterdam, 0), 52, "7.00", 820, 46, "310000.00",
                "Tien zorginstellingen werken mee in de learning community; de eerste leerwerkplekken zijn bezet."));
        on.on(368, () -> verify(officer(), tranche(amsterdam, 0), "100", "Samenwerkingsovereenkomsten met tien instellingen gezien."));
        on.on(366, () -> {
            approve(tranche(amsterdam, 0), "Bewijs nagelopen; akkoord met vrijgave.");
            pay(tranche(amsterdam, 0));
        });

        on.on(342, () -> report(llo.get(), tranche(zwolle, 0), 30, "6.50", 700, 40, "250000.00",
                "Het skills lab is sinds twee maanden open; 14 docenten geven er les."));
        on.on(340, () -> {
            verify(officer(), tranche(zwolle, 0), "100", "Skills lab bezocht; rooster en gebruikscijfers gezien.");
            pay(tranche(zwolle, 0));
        });

        // Amsterdam's second tranche: a month later with the officer's approval, then withheld once.
        long[] delay = new long[1];
        on.on(300, () -> delay[0] = funding.requestChange(llo.get(), new ChangeRequestSubmission(amsterdam, ChangeKind.DELAY,
                tranche(amsterdam, 1), null, on.ago(145), null, null, null,
                "De scholing van docenten start een maand later: de zorginstellingen roosteren de stages later in.")));
        on.on(297, () -> funding.decideOnChangeRequest(officer(), taskOf(officer(), ProcessKeys.CHANGE_REQUEST, delay[0]),
                new ChangeRequestDecision(true, "Akkoord: de planning blijft binnen het programmajaar.")));

        on.on(162, () -> report(llo.get(), tranche(zwolle, 1), 78, "12.00", 1_150, 60, "520000.00",
                "24 zorgorganisaties zijn aangesloten; de 25e tekent volgende maand."));
        on.on(160, () -> report(llo.get(), tranche(amsterdam, 1), 60, "8.50", 900, 50, "400000.00",
                "35 docenten zijn geschoold; de tweede groep start later dan gepland."));
        on.on(157, () -> verify(officer(), tranche(amsterdam, 1), "58", "35 van 60 docenten geschoold."));
        on.on(152, () -> verify(officer(), tranche(zwolle, 1), "96", "24 van 25 organisaties aangesloten; de laatste is toegezegd."));
        on.on(150, () -> {
            approve(tranche(zwolle, 1), "Vrijwel gehaald; akkoord.");
            pay(tranche(zwolle, 1));
        });
        on.on(140, () -> funding.submitCorrectiveActionPlan(llo.get(), taskOf(llo.get(), ProcessKeys.TRANCHE_RELEASE, tranche(amsterdam, 1)),
                new CorrectiveActionPlan("Een extra scholingsgroep in het voorjaar, samen met het lectoraat zorgtechnologie.", List.of())));
        on.on(137, () -> verify(officer(), tranche(amsterdam, 1), "100", "Na het verbeterplan 62 docenten geschoold; presentielijsten gezien."));
        on.on(135, () -> {
            approve(tranche(amsterdam, 1), "Akkoord na verbeterplan.");
            pay(tranche(amsterdam, 1));
        });
    }

    /**
     * Allocates the award over five PPSs (95 days before today) and leaves each first tranche at another step
     * today: a report due in five days, its reminder sent (with a delay of the next tranche waiting for an
     * officer), a report to verify, a release waiting for the second officer, a withheld tranche waiting for
     * its corrective-action plan, and one whose plan was due a week ago, waiting for an officer to extend
     * its deadline or cancel the tranche.
     */
    void startTranches(DemoCalendar on, LongSupplier programme) {
        Supplier<Actor> katapult = () -> actor("aanvrager");
        LocalDate achterhoekFirst = on.ahead(5);
        LocalDate overijsselFirst = on.ahead(60);
        LocalDate apeldoornFirst = on.ahead(60);
        LocalDate twenteFirst = on.ahead(30);
        LocalDate emmenFirst = on.ahead(30);
        on.on(95, () -> {
            long id = programme.getAsLong();
            achterhoek = partnership(id, "PPS Warmtetransitie Achterhoek");
            overijssel = partnership(id, "PPS Zonnestroom Overijssel");
            apeldoorn = partnership(id, "PPS Installatiewerkplaats Apeldoorn");
            twente = partnership(id, "PPS Netbeheer Twente");
            emmen = partnership(id, "PPS Waterstofwerkplaats Emmen");
            allocate(id, List.of(
                    line(achterhoek, "3000000.00",
                            tranche("1200000.00", achterhoekFirst, "40 warmtepompmonteurs in opleiding", Kpi.STUDENTS, "440"),
                            tranche("1800000.00", achterhoekFirst.plusMonths(9), "100 monteurs gediplomeerd", Kpi.STUDENTS, "500")),
                    line(overijssel, "3000000.00",
                            tranche("1200000.00", overijsselFirst, "Praktijkdak met 3 installatiesystemen in gebruik", Kpi.COMPANIES, "45"),
                            tranche("1800000.00", overijsselFirst.plusMonths(8), "30 installatiebedrijven leveren stageplaatsen", Kpi.COMPANIES, "65")),
                    line(apeldoorn, "3000000.00",
                            tranche("1200000.00", apeldoornFirst, "Werkplaats ingericht en 20 bedrijven aangesloten", Kpi.COMPANIES, "65"),
                            tranche("1800000.00", apeldoornFirst.plusMonths(9), "200 studenten per jaar in de werkplaats", Kpi.STUDENTS, "800")),
                    line(twente, "2000000.00",
                            tranche("800000.00", twenteFirst, "Leerlijn netbeheer met 2 netbeheerders gestart", Kpi.COFINANCING, "270000"),
                            tranche("1200000.00", twenteFirst.plusMonths(7), "50 studenten in de leerlijn", Kpi.STUDENTS, "750")),
                    line(emmen, "1000000.00",
                            tranche("400000.00", emmenFirst, "Waterstofwerkplaats met 2 elektrolysers in gebruik", Kpi.STUDENTS, "900"),
                            tranche("600000.00", emmenFirst.plusMonths(8), "15 bedrijven leiden op in de werkplaats", Kpi.COMPANIES, "80"))));
        });

        // Withheld, and its corrective-action plan's deadline passed a week ago: the officer extends it or cancels the tranche.
        on.on(45, () -> report(katapult.get(), tranche(emmen, 0), 70, "6.50", 830, 44, "320000.00",
                "De werkplaats is er; de elektrolysers worden pas over drie maanden geleverd."));
        on.on(35, () -> verify(officer(), tranche(emmen, 0), "30", "Geen elektrolyser in gebruik; de levering is uitgesteld."));
        on.on(14, () -> runJob(tranche(emmen, 0), "planReminderDue"));
        on.on(6, () -> runJob(tranche(emmen, 0), "planOverdue"));

        on.on(20, () -> report(katapult.get(), tranche(apeldoorn, 0), 70, "6.00", 640, 38, "260000.00",
                "De werkplaats is ingericht; 22 installatiebedrijven hebben getekend."));
        on.on(10, () -> verify(actor("adviseur2"), tranche(apeldoorn, 0), "100", "Werkplaats bezocht; 22 overeenkomsten gezien."));

        on.on(14, () -> report(katapult.get(), tranche(twente, 0), 61, "5.70", 720, 36, "260000.00",
                "Eén netbeheerder doet mee; met de tweede lopen nog gesprekken."));
        on.on(7, () -> verify(officer(), tranche(twente, 0), "50", "Pas één van de twee netbeheerders aangesloten en draagt bij."));

        // Four months later: over a year after the first tranche, which the officer's page points out.
        on.on(10, () -> funding.requestChange(katapult.get(), new ChangeRequestSubmission(achterhoek, ChangeKind.DELAY, tranche(achterhoek, 1),
                null, achterhoekFirst.plusMonths(13), null, null, null, "De examens van de monteurs zijn naar het volgende schooljaar verschoven.")));
        // Due in five days: its reminder went out 14 days before.
        on.on(9, () -> runJob(tranche(achterhoek, 0), "reportReminderDue"));

        on.on(5, () -> report(katapult.get(), tranche(overijssel, 0), 44, "5.50", 520, 31, "210000.00",
                "Het praktijkdak is in gebruik met zonnepanelen, een warmtepomp en een thuisbatterij."));
    }

    private long partnership(long programmeId, String name) {
        return partnerships.partnershipsOf(officer(), programmeId).stream().filter(p -> p.name().equals(name))
                .map(PartnershipView::id).findFirst().orElseThrow(() -> new IllegalStateException("No demo PPS " + name));
    }

    private void allocate(long programmeId, List<AllocationPlan.Line> lines) {
        allocations.allocate(officer(), taskOf(officer(), ProcessKeys.GRANT_AWARD, programmeId), new AllocationPlan(lines));
    }

    private static AllocationPlan.Line line(long partnershipId, String amount, AllocationPlan.Tranche... tranches) {
        return new AllocationPlan.Line(partnershipId, new BigDecimal(amount), List.of(tranches));
    }

    private static AllocationPlan.Tranche tranche(String amount, LocalDate planned, String milestone, Kpi kpi, String target) {
        return new AllocationPlan.Tranche(new BigDecimal(amount), planned, milestone, new KpiTarget(kpi, new BigDecimal(target)));
    }

    private List<TrancheView> tranches(long partnershipId) {
        return funding.fundingOf(officer(), partnershipId).tranches();
    }

    /** The id of the PPS's tranche at this place in its schedule (0 the first). */
    private long tranche(long partnershipId, int index) {
        return tranches(partnershipId).get(index).id();
    }

    private void report(Actor applicant, long trancheId, int companies, String smeReach, int students, int teachers,
                        String cofinancing, String narrative) {
        funding.submitProgressReport(applicant, taskOf(applicant, ProcessKeys.TRANCHE_RELEASE, trancheId),
                new ProgressReportSubmission(companies, new BigDecimal(smeReach), students, teachers, new BigDecimal(cofinancing),
                        narrative, List.of()));
    }

    private void verify(Actor officer, long trancheId, String attainment, String remarks) {
        funding.verify(officer, taskOf(officer, ProcessKeys.TRANCHE_RELEASE, trancheId), new Verification(new BigDecimal(attainment), remarks));
    }

    private void approve(long trancheId, String reasoning) {
        Actor secondOfficer = actor("adviseur2");
        funding.approve(secondOfficer, taskOf(secondOfficer, ProcessKeys.TRANCHE_RELEASE, trancheId), new SecondApproval(true, reasoning));
    }

    /** The payment step the job executor would take: run now, in the demo's transaction. */
    private void pay(long trancheId) {
        runJob(trancheId, ProcessKeys.PAYMENT_STEP);
    }

    /** A timer or asynchronous step of the tranche's case, run now as the job executor would once it is due. */
    private void runJob(long trancheId, String activityId) {
        workflow.runJobNow(ProcessKeys.TRANCHE_RELEASE, String.valueOf(trancheId), activityId);
    }

    private Actor officer() {
        return actor("adviseur");
    }

    private Actor actor(String username) {
        return identity.actor(username).orElseThrow();
    }

    private String taskOf(Actor actor, String processKey, long businessKey) {
        return taskOf(workflow, actor, processKey, businessKey);
    }

    /** The actor's open task in the case of this model about this object (ids of different kinds may coincide). */
    static String taskOf(WorkflowService workflow, Actor actor, String processKey, long businessKey) {
        return workflow.inbox(actor).stream()
                .filter(t -> t.processKey().equals(processKey) && t.businessKey().equals(String.valueOf(businessKey)))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + processKey + " task for " + businessKey + " in the inbox of "
                        + actor.username())).id();
    }
}
