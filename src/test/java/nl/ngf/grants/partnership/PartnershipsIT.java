package nl.ngf.grants.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import nl.ngf.grants.testsupport.Deployments;
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
        return Deployments.application(PartnershipsIT.class, ItDatabase.class);
    }

    @Inject
    PartnershipService partnerships;

    @Inject
    ProgrammeService programmes;

    @Inject
    IdentityService identity;

    static final Kpis BASELINE = new Kpis(80, new BigDecimal("4.50"), 600, 30, Money.ofEuros(200_000));
    static final Kpis TARGET = new Kpis(240, new BigDecimal("18.00"), 1200, 60, Money.ofEuros(600_000));

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
        long programmeId = programmes.registerConditionalAward(officer, new ConditionalAwardRegistration("Pps-programma " + run,
                mine.id(), new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), 2, LocalDate.now().plusWeeks(6), List.of("Voorwaarde")));

        long id = partnerships.register(officer, new PartnershipRegistration(programmeId, mine.id(), "PPS Zorg " + run,
                "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET));

        assertThatThrownBy(() -> partnerships.register(officer, new PartnershipRegistration(programmeId, mine.id(), "pps zorg " + run,
                "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("partnership.name.taken"));
        assertThatThrownBy(() -> partnerships.register(applicant, new PartnershipRegistration(programmeId, mine.id(), "Eigen PPS " + run,
                "Twente", "Zorg", "ROC van Twente", BASELINE, TARGET))).isInstanceOf(NotAllowedException.class);

        PartnershipView seen = partnerships.partnership(applicant, id);
        assertThat(seen.target().smeReachPercent()).isEqualByComparingTo("18.00");
        assertThat(seen.baseline().cofinancing()).isEqualTo(Money.ofEuros(200_000));
        assertThat(partnerships.partnershipsOf(applicant, programmeId)).extracting(PartnershipView::id).containsExactly(id);
        assertThat(partnerships.partnerships(otherApplicant)).noneMatch(p -> p.id() == id);
        assertThatThrownBy(() -> partnerships.partnership(otherApplicant, id)).isInstanceOf(NotAllowedException.class);
    }
}
