package nl.ngf.grants.history;

import nl.ngf.grants.identity.Actor;

/** Reconstructs what happened to a programme or a PPS; administrators (auditors) only. */
public interface CaseHistory {

    /** The programme's award case joined with the audit entries about the programme and its PPSs' registration. */
    Timeline ofProgramme(Actor auditor, long programmeId);

    /** The PPS's tranche-release and change-request cases joined with the audit entries about it, its tranches and change requests. */
    Timeline ofPartnership(Actor auditor, long partnershipId);
}
