package nl.ngf.grants.testsupport;

import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.AllocationPlan;
import nl.ngf.grants.partnership.AllocationService;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.PartnershipRegistration;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.workflow.WorkflowService;
import nl.ngf.grants.shared.Money;

/**
 * What the benchmarks build through the services, as users would: the people they work as (an applicant of a new
 * organisation, two grant officers, a committee member and an administrator, all of this run) and awarded
 * programmes allocated over many PPSs, each tranche EUR 10,000, the first planned three months ahead and the next
 * a month apart, each with a students milestone.
 */
public final class BenchmarkProgrammes {

    public static final Kpis KPIS = new Kpis(80, new BigDecimal("4.50"), 600, 30, Money.ofEuros(200_000));
    private static final long TRANCHE_EUROS = 10_000L;

    private final ProgrammeService programmes;
    private final PartnershipService partnerships;
    private final AllocationService allocations;
    private final WorkflowService workflow;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    public final OrganisationView organisation;
    public final Actor officer;
    /** Another grant officer, for a second pair of eyes. */
    public final Actor colleague;
    public final Actor committee;
    public final Actor applicant;
    public final Actor administrator;
    /** Every one of these users' password, to log in over HTTP. */
    public final String password;

    /** The people of this run, created through the application's services (found in the container this runs in). */
    public BenchmarkProgrammes(String prefix) {
        this(prefix, service(IdentityService.class), service(ProgrammeService.class), service(PartnershipService.class),
                service(AllocationService.class), service(WorkflowService.class));
    }

    private static <T> T service(Class<T> type) {
        return CDI.current().select(type).get();
    }

    private BenchmarkProgrammes(String prefix, IdentityService identity, ProgrammeService programmes, PartnershipService partnerships,
                                AllocationService allocations, WorkflowService workflow) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.allocations = allocations;
        this.workflow = workflow;
        password = "geheim-" + run;
        organisation = identity.createOrganisation(prefix + "-" + run, "Penvoerder " + run);
        officer = user(identity, prefix + "-adviseur-" + run, null, Role.GRANT_OFFICER);
        colleague = user(identity, prefix + "-adviseur2-" + run, null, Role.GRANT_OFFICER);
        committee = user(identity, prefix + "-commissie-" + run, null, Role.COMMITTEE_MEMBER);
        applicant = user(identity, prefix + "-aanvrager-" + run, organisation.id(), Role.APPLICANT);
        administrator = user(identity, prefix + "-beheer-" + run, null, Role.ADMINISTRATOR);
    }

    private Actor user(IdentityService identity, String username, Long organisationId, Role role) {
        identity.createUser(username, username, password, organisationId, Set.of(role));
        return identity.actor(username).orElseThrow();
    }

    /** A programme awarded in full and allocated over this many PPSs of this many tranches each; its id. */
    public long allocatedProgramme(String title, int partnershipCount, int tranchesPerPartnership) {
        BigDecimal awarded = BigDecimal.valueOf(partnershipCount * tranchesPerPartnership * TRANCHE_EUROS);
        long programmeId = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration(title + " " + run, organisation.id(),
                awarded, awarded, 2, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));
        LocalDate first = LocalDate.now().plusMonths(3);
        List<AllocationPlan.Line> lines = new ArrayList<>();
        for (int p = 0; p < partnershipCount; p++) {
            long pps = partnerships.register(officer, new PartnershipRegistration(programmeId, organisation.id(), "PPS " + p, "Twente",
                    "Techniek", "ROC", KPIS, KPIS));
            lines.add(new AllocationPlan.Line(pps, BigDecimal.valueOf(tranchesPerPartnership * TRANCHE_EUROS), IntStream.range(0, tranchesPerPartnership)
                    .mapToObj(t -> new AllocationPlan.Tranche(BigDecimal.valueOf(TRANCHE_EUROS), first.plusMonths(t), "Mijlpaal " + t,
                            new KpiTarget(Kpi.STUDENTS, BigDecimal.valueOf(700 + t)))).toList()));
        }
        AwardInFull.award(programmes, workflow, programmeId, officer, committee, applicant, awarded);
        allocations.allocate(officer, AwardInFull.taskOf(workflow, officer, programmeId), new AllocationPlan(lines));
        return programmeId;
    }
}
