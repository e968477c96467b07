package nl.ngf.grants.partnership;

/** What a grant officer enters to add a PPS to a programme. */
public record PartnershipRegistration(long programmeId, Long organisationId, String name, String region, String sector,
                                      String leadInstitution, Kpis baseline, Kpis target) {
}
