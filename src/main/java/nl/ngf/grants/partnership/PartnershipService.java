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
    default long register(Actor officer, PartnershipRegistration registration) {
        return register(officer, registration, null);
    }

    /**
     * As {@link #register(Actor, PartnershipRegistration)}, from the form the key names (SubmissionKey): the same form sent
     * twice, at once or one after the other, adds the PPS once and answers the same PPS; sent again with other details,
     * it is refused and adds nothing.
     */
    long register(Actor officer, PartnershipRegistration registration, String submissionKey);

    /**
     * A grant officer corrects a PPS's details (name, region, sector, lead institution, leading organisation, figures)
     * while PPSs may still be added to its programme, by the same rules as a new one; true when anything changed, which
     * is audited with each value before and after.
     */
    default boolean correct(Actor officer, long partnershipId, PartnershipRegistration corrected) {
        return correct(officer, partnershipId, null, corrected);
    }

    /**
     * As {@link #correct(Actor, long, PartnershipRegistration)}, from a form that showed the PPS as {@code opened}: refused
     * ({@code partnership.changedMeanwhile}), changing nothing, when its details are no longer those, corrected meanwhile
     * by another officer or in another window, rather than written back over that correction. Null: no such check.
     */
    boolean correct(Actor officer, long partnershipId, PartnershipView opened, PartnershipRegistration corrected);

    /**
     * A grant officer removes a PPS that has no share of its programme's allocation (added by mistake, or withdrawn before
     * the money was divided): it leaves the programme's lists and totals, and the audit trail keeps what it was. A PPS
     * with a share, and so with tranches, stays: what happened to its money is never removed.
     */
    void remove(Actor officer, long partnershipId);

    /** Whether this user may remove the PPS now: a grant officer, while it has no share of the allocation. */
    boolean mayRemove(Actor actor, long partnershipId);

    /** Whether this user may add PPSs to the programme now: a grant officer, before the allocation of an award not ended. */
    boolean acceptsPartnerships(Actor actor, long programmeId);

    List<PartnershipView> partnerships(Actor actor);

    List<PartnershipView> partnershipsOf(Actor actor, long programmeId);

    PartnershipView partnership(Actor actor, long id);
}
