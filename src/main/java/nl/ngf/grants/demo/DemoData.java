package nl.ngf.grants.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.ngf.grants.database.StartupLock;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.PartnershipRegistration;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.programme.AssessmentDecision;
import nl.ngf.grants.programme.AssessmentOutcome;
import nl.ngf.grants.programme.CompletenessDecision;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.RevisionSubmission;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.workflow.EngineTime;
import nl.ngf.grants.workflow.ProcessKeys;
import nl.ngf.grants.workflow.WorkflowService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the embedded default (DB_KIND=h2, or ngf.demo-data.enabled=true), fills an empty database with
 * demo users and programmes in different states, as they would have come about over the months before
 * today (see {@link DemoCalendar}). A database that has users is left alone, so a second start keeps what
 * is there.
 */
@Startup
@Singleton
@DependsOn("ProcessEngineStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    /** The one password of every demo user; README lists them. Only for the embedded default. */
    static final String DEMO_PASSWORD = "ngf-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "db.kind", defaultValue = "h2")
    String databaseKind;

    @Inject
    @ConfigProperty(name = "ngf.demo-data.enabled")
    Optional<Boolean> enabled;

    @Inject
    IdentityService identity;

    @Inject
    ProgrammeService programmes;

    @Inject
    WorkflowService workflow;

    @Inject
    PartnershipService partnerships;

    @Inject
    DemoFunding money;

    @Inject
    EngineTime time;

    @Inject
    Clock clock;

    @Resource
    UserTransaction transaction;

    @Inject
    StartupLock startupLock;

    /** The organisations and programmes, as their first steps create them, for the later steps. */
    private OrganisationView katapult;
    private OrganisationView llo;
    private OrganisationView collectief;
    private long learningId;
    private long fieldLabId;
    private long energyId;
    private long collectiefId;
    private long lloId;
    private long zeelandId;
    private long centresId;

    /**
     * All or nothing: a half-filled demo database would never be completed on a later start. One server at a time: of
     * two that start together against one database, the second finds the first's demo data.
     */
    @PostConstruct
    void fillOnce() {
        startupLock.holding("the demo data", this::fillUnlessThereAreUsers);
    }

    private void fillUnlessThereAreUsers() {
        if (!enabled.orElse("h2".equals(databaseKind)) || identity.hasUsers()) {
            return;
        }
        try {
            transaction.begin();
            DemoCalendar calendar = new DemoCalendar(Deadlines.today(clock.instant()));
            tell(calendar);
            calendar.play(time);
            transaction.commit();
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("Demo data could not be created", e);
        }
        LOG.info("Demo data created: 3 organisations, 7 users, 8 programmes, 25 PPSs, 4 tranches paid");
    }

    /**
     * The demo's history over the 16 months before today, each case told on its own (the calendar plays
     * them together, day by day). Every revision comes before its reminder, every task is done within its
     * handling term, and what waits today waits within its term, except what the demo shows overdue.
     */
    private void tell(DemoCalendar on) {
        on.on(470, this::usersAndOrganisations);

        // The finished case an auditor reconstructs: from the conditional award to the settlement, 4 months ago.
        on.on(460, () -> {
            learningId = programmes.registerConditionalAward(officer(), new ConditionalAwardRegistration(
                    "Learning Communities Zorg en Technologie", llo.id(),
                    new BigDecimal("8400000.00"), new BigDecimal("8000000.00"), 2, on.ago(418), List.of(
                            "Maak per learning community afspraken met de zorginstellingen over leerwerkplekken.")));
            register(learningId, llo.id(), new String[] {"Zorgtechnologie Amsterdam", "Amsterdam", "Zorg en technologie", "ROC van Amsterdam"},
                    new Kpis(30, new BigDecimal("5.00"), 600, 30, Money.ofEuros(200_000)),
                    new Kpis(90, new BigDecimal("15.00"), 1_200, 60, Money.ofEuros(600_000)));
            register(learningId, llo.id(), new String[] {"Slimme Zorg Zwolle", "IJsselland", "Zorg en technologie", "Deltion College"},
                    new Kpis(20, new BigDecimal("4.50"), 500, 25, Money.ofEuros(150_000)),
                    new Kpis(75, new BigDecimal("15.00"), 1_100, 55, Money.ofEuros(500_000)));
        });
        on.on(440, () -> revise(learningId, actor("aanvrager-llo"),
                "Met de zorginstellingen in Amsterdam en IJsselland zijn de leerwerkplekken per learning community vastgelegd.",
                "Per learning community een convenant met de zorginstellingen over leerwerkplekken: 40 plekken in Amsterdam, 30 in Zwolle."));
        on.on(435, () -> checkComplete(learningId));
        on.on(420, () -> awardInFull(learningId, new BigDecimal("8000000.00")));
        money.settle(on, () -> learningId);

        // A rejected programme.
        on.on(200, () -> fieldLabId = programmes.registerConditionalAward(officer(), new ConditionalAwardRegistration(
                "Field Labs Slimme Maakindustrie Noord", katapult.id(),
                new BigDecimal("24500000.00"), new BigDecimal("20000000.00"), 6, on.ago(158), List.of(
                        "Toon de cofinanciering door het bedrijfsleven aan."))));
        on.on(170, () -> revise(fieldLabId, actor("aanvrager"), "Cofinanciering is nog niet rond.",
                "Drie van de acht bedrijven hebben een intentieverklaring getekend; de andere volgen na de zomer."));
        on.on(168, () -> checkComplete(fieldLabId));
        on.on(140, () -> assess(fieldLabId, AssessmentOutcome.REJECT, null, false,
                "Drie intentieverklaringen van de acht bedrijven, zonder bedragen.",
                "De cofinanciering door het bedrijfsleven is onvoldoende aangetoond."));

        // A programme whose PPSs wait at each step of a tranche: a report, a verification, a second approval, a corrective
        // plan, and a corrective plan that came too late.
        on.on(150, () -> {
            energyId = programmes.registerConditionalAward(officer(), new ConditionalAwardRegistration(
                    "Praktijkleren Energietransitie Oost-Nederland", katapult.id(),
                    new BigDecimal("14000000.00"), new BigDecimal("12000000.00"), 5, on.ago(108), List.of(
                            "Laat zien welke installatiebedrijven stageplaatsen en begeleiding leveren.")));
            String[][] energy = {
                    {"Warmtetransitie Achterhoek", "Achterhoek", "Energie", "Graafschap College"},
                    {"Zonnestroom Overijssel", "Overijssel", "Energie", "Deltion College"},
                    {"Installatiewerkplaats Apeldoorn", "Veluwe", "Installatietechniek", "ROC Aventus"},
                    {"Netbeheer Twente", "Twente", "Energie", "ROC van Twente"},
                    {"Waterstofwerkplaats Emmen", "Drenthe", "Energie", "Drenthe College"}};
            for (int i = 0; i < energy.length; i++) {
                register(energyId, katapult.id(), energy[i],
                        new Kpis(25 + 10 * i, new BigDecimal("4.00").add(new BigDecimal(i).multiply(new BigDecimal("0.50"))), 400 + 100 * i,
                                20 + 5 * i, Money.ofEuros(100_000 + 50_000L * i)),
                        new Kpis(80 + 20 * i, new BigDecimal("18.00"), 900 + 200 * i, 45 + 10 * i, Money.ofEuros(400_000 + 100_000L * i)));
            }
        });
        on.on(125, () -> revise(energyId, actor("aanvrager"), "Twaalf installatiebedrijven per regio leveren stageplaatsen en praktijkopleiders.",
                "Per regio twaalf installatiebedrijven met samen 90 stageplaatsen en 24 praktijkopleiders, elk bedrijf bij naam in het plan."));
        on.on(118, () -> checkComplete(energyId));
        on.on(100, () -> awardInFull(energyId, new BigDecimal("12000000.00")));
        money.startTranches(on, () -> energyId);

        // An awarded programme: adviseur allocates it over its three PPSs.
        on.on(80, () -> {
            collectiefId = programmes.registerConditionalAward(officer(), new ConditionalAwardRegistration(
                    "LLO Collectief Laagopgeleiden en Laaggeletterden", collectief.id(),
                    new BigDecimal("98000000.00"), new BigDecimal("92000000.00"), 3, on.ago(38), List.of(
                            "Werk het bereik van laaggeletterden per arbeidsmarktregio uit.")));
            // Each region from where it stands: Rijnmond reaches more companies and learners from a lower share of its SMEs.
            register(collectiefId, collectief.id(), new String[] {"Taalhuis Werk Rotterdam", "Rijnmond", "Laaggeletterdheid",
                            "Stichting Lezen en Schrijven"},
                    new Kpis(40, new BigDecimal("2.50"), 650, 22, Money.ofEuros(120_000)),
                    new Kpis(120, new BigDecimal("10.00"), 1400, 45, Money.ofEuros(380_000)));
            register(collectiefId, collectief.id(), new String[] {"Basisvaardigheden Twente", "Twente", "Laaggeletterdheid",
                            "Stichting Lezen en Schrijven"},
                    new Kpis(25, new BigDecimal("3.00"), 400, 12, Money.ofEuros(65_000)),
                    new Kpis(75, new BigDecimal("12.00"), 900, 26, Money.ofEuros(200_000)));
            register(collectiefId, collectief.id(), new String[] {"Leren en Werken Limburg", "Limburg", "Laaggeletterdheid",
                            "Stichting Lezen en Schrijven"},
                    new Kpis(18, new BigDecimal("3.50"), 400, 14, Money.ofEuros(70_000)),
                    new Kpis(60, new BigDecimal("11.00"), 900, 32, Money.ofEuros(220_000)));
        });
        on.on(50, () -> revise(collectiefId, actor("aanvrager-collectief"), "Bereik per regio uitgewerkt met gemeenten en werkgevers.",
                "Per arbeidsmarktregio hoeveel laaggeletterde werknemers we bereiken, met de gemeente en de werkgevers die meedoen."));
        on.on(37, () -> checkComplete(collectiefId));
        on.on(10, () -> awardInFull(collectiefId, new BigDecimal("92000000.00")));

        // A programme whose revision is in the committee's hands.
        on.on(55, () -> lloId = programmes.registerConditionalAward(officer(), new ConditionalAwardRegistration(
                "De Nationale LLO-katalysator", llo.id(),
                new BigDecimal("142000000.00"), new BigDecimal("135500000.00"), 8, on.ago(13), List.of(
                        "Beschrijf de governance tussen de landelijke en de regionale LLO-netwerken.",
                        "Onderbouw de begroting per regio."))));
        on.on(25, () -> revise(lloId, actor("aanvrager-llo"), "Herziene aanpak met acht regionale netwerken en een landelijk programmabureau.",
                "Een landelijk programmabureau stuurt acht regionale netwerken aan; elk netwerk heeft een stuurgroep van onderwijs en werkgevers.",
                "Per regio een begroting van 14 tot 19 miljoen euro, samen 135,5 miljoen, verdeeld over personeel, scholing en netwerkkosten."));
        on.on(14, () -> checkComplete(lloId));

        // A programme whose revision deadline passed a week ago without a revised plan: a grant officer decides.
        on.on(50, () -> zeelandId = programmes.registerConditionalAward(officer(), new ConditionalAwardRegistration(
                "Regionale leerwerkplaatsen Zeeland", collectief.id(),
                new BigDecimal("12400000.00"), new BigDecimal("12400000.00"), 4, on.ago(8), List.of(
                        "Laat zien welke werkgevers in Zeeland meedoen en met welke bijdrage."))));
        on.on(15, () -> workflow.runJobNow(ProcessKeys.GRANT_AWARD, String.valueOf(zeelandId), "revisionReminderDue"));
        on.on(7, () -> workflow.runJobNow(ProcessKeys.GRANT_AWARD, String.valueOf(zeelandId), "revisionDeadlinePassed"));

        // A revised plan waiting for a grant officer's completeness check.
        on.on(40, () -> centresId = programmes.registerConditionalAward(officer(), new ConditionalAwardRegistration(
                "Centres of Expertise Techniek en Zorg", llo.id(),
                new BigDecimal("36750000.00"), new BigDecimal("35000000.00"), 8, on.ahead(2), List.of(
                        "Beschrijf hoe de Centres of Expertise kennis delen met de pps'en in de regio.",
                        "Voeg een meerjarenbegroting met cofinanciering toe."))));
        on.on(8, () -> revise(centresId, actor("aanvrager-llo"), "Kennisdeling via learning communities per regio; begroting volgt.",
                "Elk Centre of Expertise deelt zijn kennis in een learning community per regio, waarin de pps'en van die regio meedoen.",
                "De meerjarenbegroting volgt; de bijdrage van het bedrijfsleven wordt nog bevestigd."));

        // The seed's programme, registered two weeks ago and waiting for the applicant's revision.
        on.on(14, () -> {
            long seedId = programmes.registerConditionalAward(officer(), new ConditionalAwardRegistration(
                    "Opschaling van publiek-private samenwerkingen in het beroepsonderwijs", katapult.id(),
                    new BigDecimal("210000000.00"), new BigDecimal("210000000.00"), 50, on.ahead(28), List.of(
                            "Concentreer de opschaling op een kleiner aantal pps'en met aantoonbaar bewezen aanpakken.",
                            "Werk per pps KPI's uit voor het bereik van het mkb in de regio (nu 4-6%, doel 15-25%).",
                            "Maak financiering stage-gate: tranches alleen bij aangetoonde voortgang op afgesproken KPI's.",
                            "Laat zien hoe de bijdrage van het bedrijfsleven groeit zodat iedere pps zelfvoorzienend wordt.")));
            addPartnerships(seedId, katapult.id());
        });
    }

    private void usersAndOrganisations() {
        katapult = identity.createOrganisation("katapult", "Katapult (netwerk van pps'en in het beroepsonderwijs)");
        llo = identity.createOrganisation("llo-katalysator", "Stichting De Nationale LLO-katalysator");
        collectief = identity.createOrganisation("llo-collectief", "LLO Collectief Laagopgeleiden en Laaggeletterden");

        // Demo addresses in the example.org domain, reserved for examples: nothing sent to them reaches anyone.
        identity.createUser("adviseur", "Sanne de Vries", DEMO_PASSWORD, null, Set.of(Role.GRANT_OFFICER), "adviseur@example.org");
        identity.createUser("adviseur2", "Ahmed El Amrani", DEMO_PASSWORD, null, Set.of(Role.GRANT_OFFICER), "adviseur2@example.org");
        identity.createUser("commissie", "Prof. dr. Marieke Bakker", DEMO_PASSWORD, null, Set.of(Role.COMMITTEE_MEMBER), "commissie@example.org");
        identity.createUser("aanvrager", "Jeroen Smit", DEMO_PASSWORD, katapult.id(), Set.of(Role.APPLICANT), "aanvrager@example.org");
        identity.createUser("aanvrager-llo", "Fatima Yilmaz", DEMO_PASSWORD, llo.id(), Set.of(Role.APPLICANT), "aanvrager-llo@example.org");
        identity.createUser("aanvrager-collectief", "Kees Jansen", DEMO_PASSWORD, collectief.id(), Set.of(Role.APPLICANT), "aanvrager-collectief@example.org");
        identity.createUser("beheerder", "Linda Vermeulen", DEMO_PASSWORD, null, Set.of(Role.ADMINISTRATOR), "beheerder@example.org");
    }

    private void register(long programmeId, long organisationId, String[] pps, Kpis baseline, Kpis target) {
        partnerships.register(officer(), new PartnershipRegistration(programmeId, organisationId, "PPS " + pps[0], pps[1], pps[2], pps[3],
                baseline, target));
    }

    private void awardInFull(long programmeId, BigDecimal amount) {
        assess(programmeId, AssessmentOutcome.AWARD, amount, true, "Het herziene plan beantwoordt deze voorwaarde.",
                "Alle voorwaarden zijn vervuld; volledig toegekend.");
    }

    /**
     * The 15 PPSs of the seed's programme. Names, regions and sectors are illustrative; the figures
     * follow the seed: 4-6% of the region's SMEs reached today, 15-25% as the target.
     */
    private void addPartnerships(long programmeId, long organisationId) {
        String[][] ppss = {
                {"Techniek Noord", "Groningen", "Techniek", "Noorderpoort"},
                {"Zorgpact Twente", "Twente", "Zorg en welzijn", "ROC van Twente"},
                {"Smart Industry Oost", "Gelderland", "Maakindustrie", "Graafschap College"},
                {"Agrifood Campus Brabant", "Noord-Brabant", "Agrifood", "Aeres MBO"},
                {"Energietransitie Limburg", "Limburg", "Energie", "Vista college"},
                {"Maritiem Zeeland", "Zeeland", "Maritiem", "Scalda"},
                {"Haven en Logistiek Rotterdam", "Rijnmond", "Logistiek", "Albeda"},
                {"ICT Campus Amsterdam", "Amsterdam", "ICT", "ROC van Amsterdam"},
                {"Bouw en Infra Utrecht", "Utrecht", "Bouw en infra", "MBO Utrecht"},
                {"Greenport Westland", "Haaglanden", "Tuinbouw", "MBO Westland"},
                {"Luchtvaart Noord-Holland", "Noord-Holland", "Luchtvaarttechniek", "ROC Nova College"},
                {"Installatietechniek Friesland", "Friesland", "Installatietechniek", "Friesland College"},
                {"Chemie Delta", "Zeeuws-Vlaanderen", "Procesindustrie", "Scalda"},
                {"Mobiliteit Drenthe", "Drenthe", "Mobiliteit", "Drenthe College"},
                {"Creatieve Industrie Eindhoven", "Zuidoost-Brabant", "Creatieve industrie", "Summa College"}
        };
        for (int i = 0; i < ppss.length; i++) {
            String[] pps = ppss[i];
            int companies = 40 + 9 * i;
            BigDecimal reach = new BigDecimal("4.00").add(new BigDecimal(i % 5).multiply(new BigDecimal("0.50")));
            BigDecimal target = new BigDecimal("15.00").add(new BigDecimal(i % 6).multiply(new BigDecimal("2.00")));
            long cofinancing = 150_000L + 50_000L * i;
            register(programmeId, organisationId, pps,
                    new Kpis(companies, reach, 300 + 120 * i, 20 + 6 * i, Money.ofEuros(cofinancing)),
                    new Kpis(companies * 3, target, (300 + 120 * i) * 2, (20 + 6 * i) * 2, Money.ofEuros(cofinancing * 3)));
        }
    }

    /** The revised plan: its explanation, and an answer to each condition in the order the conditions were set. */
    private void revise(long programmeId, Actor applicant, String explanation, String... answers) {
        String task = taskOf(applicant, programmeId);
        ProgrammeDetails details = programmes.programme(applicant, programmeId);
        if (details.conditions().size() != answers.length) {
            throw new IllegalStateException("the demo answers " + answers.length + " of " + details.conditions().size() + " conditions");
        }
        Map<Long, String> answered = new java.util.HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            answered.put(details.conditions().get(i).id(), answers[i]);
        }
        programmes.submitRevision(applicant, task, new RevisionSubmission(answered, explanation, details.plannedPpsCount(), List.of()));
    }

    private void checkComplete(long programmeId) {
        programmes.checkCompleteness(officer(), taskOf(officer(), programmeId), new CompletenessDecision(true, null, null));
    }

    /** The committee's decision with its reasoning, and the same verdict on every condition with its own. */
    private void assess(long programmeId, AssessmentOutcome outcome, BigDecimal amount, boolean met, String verdictReasoning,
            String reasoning) {
        Actor committee = actor("commissie");
        Map<Long, AssessmentDecision.Verdict> verdicts = new java.util.HashMap<>();
        programmes.programme(committee, programmeId).conditions()
                .forEach(c -> verdicts.put(c.id(), new AssessmentDecision.Verdict(met, verdictReasoning)));
        programmes.assess(committee, taskOf(committee, programmeId), new AssessmentDecision(outcome, amount, reasoning, verdicts));
    }

    private String taskOf(Actor actor, long programmeId) {
        return DemoFunding.taskOf(workflow, actor, ProcessKeys.GRANT_AWARD, programmeId);
    }

    private Actor officer() {
        return actor("adviseur");
    }

    private Actor actor(String username) {
        return identity.actor(username).orElseThrow();
    }
}
