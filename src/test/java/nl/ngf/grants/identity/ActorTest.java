package nl.ngf.grants.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.ngf.grants.shared.NotAllowedException;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void anApplicantWorksOnlyOnTheirOrganisationsTasks() {
        Actor applicant = new Actor("aanvrager", "J. Smit", Set.of(Role.APPLICANT), 3L, "katapult", "Katapult");
        assertThat(applicant.candidateGroups()).containsExactly("org-katapult");
        assertThat(applicant.belongsTo(3L)).isTrue();
        assertThat(applicant.belongsTo(4L)).isFalse();
    }

    @Test
    void officersAndCommitteeMembersWorkOnTheirRolesTasks() {
        Actor officer = new Actor("adviseur", "S. de Vries", Set.of(Role.GRANT_OFFICER), null, null, null);
        Actor committee = new Actor("commissie", "M. Bakker", Set.of(Role.COMMITTEE_MEMBER), null, null, null);
        assertThat(officer.candidateGroups()).containsExactly("grant-officer");
        assertThat(committee.candidateGroups()).containsExactly("committee-member");
        assertThat(officer.belongsTo(3L)).isFalse();
        assertThat(officer.mayRead(3L)).isTrue();
        assertThat(committee.mayRead(3L)).as("only the plans put before the committee, which the programme module decides").isFalse();
        assertThat(committee.readsAllOrganisations()).isFalse();
    }

    @Test
    void anApplicantReadsOnlyTheirOwnOrganisation() {
        Actor applicant = new Actor("aanvrager", "J. Smit", Set.of(Role.APPLICANT), 3L, "katapult", "Katapult");
        assertThat(applicant.readsAllOrganisations()).isFalse();
        assertThat(applicant.mayRead(3L)).isTrue();
        assertThat(applicant.mayRead(4L)).isFalse();
    }

    @Test
    void whatARoleMayDoIsRefusedToEveryoneWithoutThatRole() {
        Actor administrator = new Actor("beheerder", "L. Vermeulen", Set.of(Role.ADMINISTRATOR), null, null, null);
        Actor applicant = new Actor("aanvrager", "J. Smit", Set.of(Role.APPLICANT), 3L, "katapult", "Katapult");
        administrator.require(Role.ADMINISTRATOR);
        applicant.require(Role.APPLICANT);
        assertThatThrownBy(() -> administrator.require(Role.GRANT_OFFICER)).isInstanceOf(NotAllowedException.class)
                .hasMessage("access.notAllowed");
        assertThatThrownBy(() -> applicant.require(Role.ADMINISTRATOR)).isInstanceOf(NotAllowedException.class);
    }
}
