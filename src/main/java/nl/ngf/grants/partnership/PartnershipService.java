package nl.ngf.grants.partnership;

import java.util.List;
import nl.ngf.grants.identity.Actor;

/** The PPSs of the programmes. An applicant sees only the PPSs their organisation leads. */
public interface PartnershipService {

    /**
     * A grant officer adds a PPS to a programme whose money is not yet allocated (and whose award was not rejected or
     * withdrawn); refuses, with every rule broken at once, a field left empty, a name the programme already has, a
     * negative figure, a target below its baseline and an SME reach that is no percentage. Audited.
     */
    long register(Actor officer, PartnershipRegistration registration);

    /** Whether this user may add PPSs to the programme now: a grant officer, before the allocation of an award not ended. */
    boolean acceptsPartnerships(Actor actor, long programmeId);

    List<PartnershipView> partnerships(Actor actor);

    List<PartnershipView> partnershipsOf(Actor actor, long programmeId);

    PartnershipView partnership(Actor actor, long id);
}
