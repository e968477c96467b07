package nl.ngf.grants.partnership;

import java.io.Serializable;

/** A PPS as lists and its page show it. */
public record PartnershipView(long id, long programmeId, long organisationId, String organisationName, String name,
                              String region, String sector, String leadInstitution, Kpis baseline, Kpis target)
        implements Serializable {
}
