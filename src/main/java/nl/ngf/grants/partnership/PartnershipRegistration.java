package nl.ngf.grants.partnership;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.ngf.grants.shared.Money;

/** What a grant officer enters to add a PPS to a programme. */
public record PartnershipRegistration(long programmeId, Long organisationId, String name, String region, String sector,
                                      String leadInstitution, Figures baseline, Figures target) {

    /** A PPS whose baseline and target are known in full (the demo, the tests). */
    public PartnershipRegistration(long programmeId, Long organisationId, String name, String region, String sector,
                                   String leadInstitution, Kpis baseline, Kpis target) {
        this(programmeId, organisationId, name, region, sector, leadInstitution, Figures.of(baseline), Figures.of(target));
    }

    /** A PPS's key figures as a form holds them: a figure left empty is null, and refused. */
    public record Figures(Integer companies, BigDecimal smeReachPercent, Integer students, Integer teachers, Money cofinancing)
            implements Serializable {

        public static Figures of(Kpis kpis) {
            return kpis == null ? null : new Figures(Math.toIntExact(kpis.companies()), kpis.smeReachPercent(),
                    Math.toIntExact(kpis.students()), Math.toIntExact(kpis.teachers()), kpis.cofinancing());
        }
    }
}
