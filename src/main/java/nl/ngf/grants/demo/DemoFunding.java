package nl.ngf.grants.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * the job executor, is run at once, so the demo is complete when the server is up.
 */
@Dependent
class DemoFunding {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    WorkflowService workflow;

    @Inject
    AllocationService allocations;

    @Inject
    FundingService funding;

    @Inject
    PartnershipService partnerships;

    /**
     * Allocates the whole award over two PPSs and pays all four tranches: one released at once, two after
     * a second officer's approval, one withheld until a corrective-action plan; one change request applied
     * at once (a small budget shift) and one approved by an officer (a delay). The programme is settled.
     */
    void settle(long programmeId, Actor officer, Actor secondOfficer, Actor applicant) {
        LocalDate today = LocalDate.now(AMSTERDAM);
        long amsterdam = partnership(officer, programmeId, "PPS Zorgtechnologie Amsterdam");
        long zwolle = partnership(officer, programmeId, "PPS Slimme Zorg Zwolle");
        allocate(officer, programmeId, List.of(
                line(amsterdam, "4000000.00",
                        tranche("1500000.00", today.plusMonths(2), "Learning community met 10 zorginstellingen gestart", Kpi.COMPANIES, "52"),
                        tranche("2500000.00", today.plusMonths(8), "60 docenten geschoold in zorgtechnologie", Kpi.TEACHERS, "64")),
                line(zwolle, "4000000.00",
                        tranche("800000.00", today.plusMonths(3), "Skills lab zorgtechnologie open", Kpi.STUDENTS, "700"),
                        tranche("3200000.00", today.plusMonths(9), "25 zorgorganisaties aangesloten", Kpi.COMPANIES, "80"))));

        // Zwolle moves 200,000 to its first tranche: within 25% of both, so it applies at once.
        List<TrancheView> zwolleTranches = tranches(officer, zwolle);
        funding.requestChange(applicant, new ChangeRequestSubmission(zwolle, ChangeKind.BUDGET_SHIFT, zwolleTranches.get(1).id(),
                zwolleTranches.get(0).id(), null, null, null, new BigDecimal("200000.00"),
                "De inrichting van het skills lab valt duurder uit; het aansluiten van zorgorganisaties goedkoper."));
        long zwolleFirst = zwolleTranches.get(0).id();
        report(applicant, zwolleFirst, 30, "6.50", 700, 40, "250000.00",
                "Het skills lab is sinds september open; 14 docenten geven er les.");
        verify(officer, zwolleFirst, "100", "Skills lab bezocht; rooster en gebruikscijfers gezien.");
        pay(zwolleFirst);

        long amsterdamFirst = tranches(officer, amsterdam).get(0).id();
        report(applicant, amsterdamFirst, 52, "7.00", 820, 46, "310000.00",
                "Tien zorginstellingen werken mee in de learning community; de eerste leerwerkplekken zijn bezet.");
        verify(officer, amsterdamFirst, "100", "Samenwerkingsovereenkomsten met tien instellingen gezien.");
        approve(secondOfficer, amsterdamFirst, "Bewijs nagelopen; akkoord met vrijgave.");
        pay(amsterdamFirst);

        // Amsterdam's second tranche: a month later with the officer's approval, then withheld once.
        long amsterdamSecond = tranches(officer, amsterdam).get(1).id();
        long delay = funding.requestChange(applicant, new ChangeRequestSubmission(amsterdam, ChangeKind.DELAY, amsterdamSecond, null,
                today.plusMonths(9), null, null, null, "De scholing van docenten start een maand later door de zomervakantie."));
        funding.decideOnChangeRequest(officer, taskOf(officer, ProcessKeys.CHANGE_REQUEST, delay),
                new ChangeRequestDecision(true, "Akkoord: de planning blijft binnen het programmajaar."));
        report(applicant, amsterdamSecond, 60, "8.50", 900, 50, "400000.00",
                "35 docenten zijn geschoold; de tweede groep start later dan gepland.");
        verify(officer, amsterdamSecond, "58", "35 van 60 docenten geschoold.");
        funding.submitCorrectiveActionPlan(applicant, taskOf(applicant, ProcessKeys.TRANCHE_RELEASE, amsterdamSecond),
                new CorrectiveActionPlan("Een extra scholingsgroep in het voorjaar, samen met het lectoraat zorgtechnologie.", List.of()));
        verify(officer, amsterdamSecond, "100", "Na het verbeterplan 62 docenten geschoold; presentielijsten gezien.");
        approve(secondOfficer, amsterdamSecond, "Akkoord na verbeterplan.");
        pay(amsterdamSecond);

        long zwolleSecond = tranches(officer, zwolle).get(1).id();
        report(applicant, zwolleSecond, 78, "12.00", 1_150, 60, "520000.00",
                "24 zorgorganisaties zijn aangesloten; de 25e tekent in het nieuwe jaar.");
        verify(officer, zwolleSecond, "96", "24 van 25 organisaties aangesloten; de laatste is toegezegd.");
        approve(secondOfficer, zwolleSecond, "Vrijwel gehaald; akkoord.");
        pay(zwolleSecond);
    }

    /**
     * Allocates the award over five PPSs and leaves each first tranche at another step: a report
     * due (with a delay of the next tranche waiting for an officer), a report to verify, a release waiting
     * for the second officer, a withheld tranche waiting for its corrective-action plan, and one whose plan
     * is overdue, waiting for an officer to extend its deadline or cancel the tranche.
     */
    void startTranches(long programmeId, Actor officer, Actor secondOfficer, Actor applicant) {
        LocalDate today = LocalDate.now(AMSTERDAM);
        long achterhoek = partnership(officer, programmeId, "PPS Warmtetransitie Achterhoek");
        long overijssel = partnership(officer, programmeId, "PPS Zonnestroom Overijssel");
        long apeldoorn = partnership(officer, programmeId, "PPS Installatiewerkplaats Apeldoorn");
        long twente = partnership(officer, programmeId, "PPS Netbeheer Twente");
        long emmen = partnership(officer, programmeId, "PPS Waterstofwerkplaats Emmen");
        allocate(officer, programmeId, List.of(
                line(achterhoek, "3000000.00",
                        // Due within a week: its reminder has gone out and the applicant's inbox marks it.
                        tranche("1200000.00", today.plusDays(5), "40 warmtepompmonteurs in opleiding", Kpi.STUDENTS, "440"),
                        tranche("1800000.00", today.plusMonths(9), "100 monteurs gediplomeerd", Kpi.STUDENTS, "500")),
                line(overijssel, "3000000.00",
                        tranche("1200000.00", today.plusMonths(2), "Praktijkdak met 3 installatiesystemen in gebruik", Kpi.COMPANIES, "45"),
                        tranche("1800000.00", today.plusMonths(10), "30 installatiebedrijven leveren stageplaatsen", Kpi.COMPANIES, "65")),
                line(apeldoorn, "3000000.00",
                        tranche("1200000.00", today.plusMonths(2), "Werkplaats ingericht en 20 bedrijven aangesloten", Kpi.COMPANIES, "65"),
                        tranche("1800000.00", today.plusMonths(11), "200 studenten per jaar in de werkplaats", Kpi.STUDENTS, "800")),
                line(twente, "2000000.00",
                        tranche("800000.00", today.plusMonths(1), "Leerlijn netbeheer met 2 netbeheerders gestart", Kpi.COFINANCING, "270000"),
                        tranche("1200000.00", today.plusMonths(8), "50 studenten in de leerlijn", Kpi.STUDENTS, "750")),
                line(emmen, "1000000.00",
                        tranche("400000.00", today.plusMonths(1), "Waterstofwerkplaats met 2 elektrolysers in gebruik", Kpi.STUDENTS, "900"),
                        tranche("600000.00", today.plusMonths(9), "15 bedrijven leiden op in de werkplaats", Kpi.COMPANIES, "80"))));

        long achterhoekSecond = tranches(officer, achterhoek).get(1).id();
        funding.requestChange(applicant, new ChangeRequestSubmission(achterhoek, ChangeKind.DELAY, achterhoekSecond, null,
                // Four months later: over a year after the first tranche, which the officer's page points out.
                today.plusMonths(13), null, null, null, "De examens van de monteurs zijn naar het volgende schooljaar verschoven."));

        long overijsselFirst = tranches(officer, overijssel).get(0).id();
        report(applicant, overijsselFirst, 44, "5.50", 520, 31, "210000.00",
                "Het praktijkdak is in gebruik met zonnepanelen, een warmtepomp en een thuisbatterij.");

        long apeldoornFirst = tranches(officer, apeldoorn).get(0).id();
        report(applicant, apeldoornFirst, 70, "6.00", 640, 38, "260000.00",
                "De werkplaats is ingericht; 22 installatiebedrijven hebben getekend.");
        verify(secondOfficer, apeldoornFirst, "100", "Werkplaats bezocht; 22 overeenkomsten gezien.");

        long twenteFirst = tranches(officer, twente).get(0).id();
        report(applicant, twenteFirst, 61, "5.70", 720, 36, "260000.00",
                "Eén netbeheerder doet mee; met de tweede lopen nog gesprekken.");
        verify(officer, twenteFirst, "50", "Pas één van de twee netbeheerders aangesloten en draagt bij.");

        // Withheld, and its corrective-action plan's deadline passed: the officer extends it or cancels the tranche.
        long emmenFirst = tranches(officer, emmen).get(0).id();
        report(applicant, emmenFirst, 70, "6.50", 830, 44, "320000.00",
                "De werkplaats is er; de elektrolysers worden pas na de zomer geleverd.");
        verify(officer, emmenFirst, "30", "Geen elektrolyser in gebruik; de levering is uitgesteld.");
        workflow.runJobNow(ProcessKeys.TRANCHE_RELEASE, String.valueOf(emmenFirst), "planOverdue");
    }

    private long partnership(Actor officer, long programmeId, String name) {
        return partnerships.partnershipsOf(officer, programmeId).stream().filter(p -> p.name().equals(name))
                .map(PartnershipView::id).findFirst().orElseThrow(() -> new IllegalStateException("No demo PPS " + name));
    }

    private void allocate(Actor officer, long programmeId, List<AllocationPlan.Line> lines) {
        allocations.allocate(officer, taskOf(officer, ProcessKeys.GRANT_AWARD, programmeId), new AllocationPlan(lines));
    }

    private static AllocationPlan.Line line(long partnershipId, String amount, AllocationPlan.Tranche... tranches) {
        return new AllocationPlan.Line(partnershipId, new BigDecimal(amount), List.of(tranches));
    }

    private static AllocationPlan.Tranche tranche(String amount, LocalDate planned, String milestone, Kpi kpi, String target) {
        return new AllocationPlan.Tranche(new BigDecimal(amount), planned, milestone, new KpiTarget(kpi, new BigDecimal(target)));
    }

    private List<TrancheView> tranches(Actor actor, long partnershipId) {
        return funding.fundingOf(actor, partnershipId).tranches();
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

    private void approve(Actor secondOfficer, long trancheId, String reasoning) {
        funding.approve(secondOfficer, taskOf(secondOfficer, ProcessKeys.TRANCHE_RELEASE, trancheId), new SecondApproval(true, reasoning));
    }

    /** The payment step the job executor would take: run now, in the demo's transaction. */
    private void pay(long trancheId) {
        workflow.runJobNow(ProcessKeys.TRANCHE_RELEASE, String.valueOf(trancheId), "releaseTranche");
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
