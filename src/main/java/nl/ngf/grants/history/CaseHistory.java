package nl.ngf.grants.history;

import nl.ngf.grants.identity.Actor;

/** Reconstructs what happened to a programme or a PPS; administrators (auditors) only. */
public interface CaseHistory {

    /** The programme's award case joined with the audit entries about the programme and its PPSs' registration. */
    default Timeline ofProgramme(Actor auditor, long programmeId) {
        return ofProgramme(auditor, programmeId, false);
    }

    /**
     * The programme's timeline, and {@code whole}: with every case and audit entry of its PPSs' timelines besides (their
     * tranches and change requests, each case named with its PPS), the whole file from the award to the last payment.
     */
    Timeline ofProgramme(Actor auditor, long programmeId, boolean whole);

    /** The PPS's tranche-release and change-request cases joined with the audit entries about it, its tranches and change requests. */
    Timeline ofPartnership(Actor auditor, long partnershipId);
}
