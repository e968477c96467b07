package nl.ngf.grants.partnership;

import java.util.List;
import nl.ngf.grants.identity.Actor;

/** The PPSs of the programmes. An applicant sees only the PPSs their organisation leads. */
public interface PartnershipService {

    /** A grant officer adds a PPS; refuses targets below baselines and an SME reach above 100%. */
    long register(Actor officer, PartnershipRegistration registration);

    List<PartnershipView> partnerships(Actor actor);

    List<PartnershipView> partnershipsOf(Actor actor, long programmeId);

    PartnershipView partnership(Actor actor, long id);
}
