package nl.ngf.grants.partnership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.Money;

/** A PPS with its KPI baselines and targets. The rules on the figures live in {@link #register}. */
@Entity
@Table(name = "partnership")
@SequenceGenerator(name = "ngf_partnership_id", sequenceName = "ngf_id_seq", allocationSize = 50)
class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngf_partnership_id")
    Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    long programmeId;

    @Column(name = "organisation_id", nullable = false)
    long organisationId;

    @Column(nullable = false, length = 200)
    String name;

    @Column(nullable = false, length = 100)
    String region;

    @Column(nullable = false, length = 100)
    String sector;

    @Column(name = "lead_institution", nullable = false, length = 200)
    String leadInstitution;

    @Column(name = "companies_baseline", nullable = false)
    int companiesBaseline;
    @Column(name = "companies_target", nullable = false)
    int companiesTarget;
    @Column(name = "sme_reach_baseline", nullable = false, precision = 5, scale = 2)
    BigDecimal smeReachBaseline;
    @Column(name = "sme_reach_target", nullable = false, precision = 5, scale = 2)
    BigDecimal smeReachTarget;
    @Column(name = "students_baseline", nullable = false)
    int studentsBaseline;
    @Column(name = "students_target", nullable = false)
    int studentsTarget;
    @Column(name = "teachers_baseline", nullable = false)
    int teachersBaseline;
    @Column(name = "teachers_target", nullable = false)
    int teachersTarget;
    @Column(name = "cofinancing_baseline_cents", nullable = false)
    long cofinancingBaselineCents;
    @Column(name = "cofinancing_target_cents", nullable = false)
    long cofinancingTargetCents;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 60)
    String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    Instant registeredAt;

    protected Partnership() {
    }

    static Partnership register(long programmeId, Long organisationId, String name, String region, String sector,
                                String leadInstitution, Kpis baseline, Kpis target, String officer, Instant now) {
        if (organisationId == null) {
            throw new DomainException("partnership.organisation.required");
        }
        Partnership p = new Partnership();
        p.programmeId = programmeId;
        p.organisationId = organisationId;
        p.name = text(name, "partnership.name.required", 200);
        p.region = text(region, "partnership.region.required", 100);
        p.sector = text(sector, "partnership.sector.required", 100);
        p.leadInstitution = text(leadInstitution, "partnership.leadInstitution.required", 200);
        if (baseline == null || target == null) {
            throw new DomainException("partnership.kpis.required");
        }
        p.companiesBaseline = count(baseline.companies(), target.companies(), "companies");
        p.companiesTarget = target.companies();
        p.studentsBaseline = count(baseline.students(), target.students(), "students");
        p.studentsTarget = target.students();
        p.teachersBaseline = count(baseline.teachers(), target.teachers(), "teachers");
        p.teachersTarget = target.teachers();
        p.smeReachBaseline = percent(baseline.smeReachPercent());
        p.smeReachTarget = percent(target.smeReachPercent());
        if (p.smeReachTarget.compareTo(p.smeReachBaseline) < 0) {
            throw new DomainException("partnership.smeReach.belowBaseline");
        }
        Money cofinancingBaseline = baseline.cofinancing() == null ? Money.ZERO : baseline.cofinancing();
        Money cofinancingTarget = target.cofinancing() == null ? Money.ZERO : target.cofinancing();
        if (cofinancingBaseline.cents() < 0 || cofinancingTarget.compareTo(cofinancingBaseline) < 0) {
            throw new DomainException("partnership.cofinancing.belowBaseline");
        }
        p.cofinancingBaselineCents = cofinancingBaseline.cents();
        p.cofinancingTargetCents = cofinancingTarget.cents();
        p.registeredBy = officer;
        p.registeredAt = now;
        return p;
    }

    Kpis baseline() {
        return new Kpis(companiesBaseline, smeReachBaseline, studentsBaseline, teachersBaseline, Money.ofCents(cofinancingBaselineCents));
    }

    Kpis target() {
        return new Kpis(companiesTarget, smeReachTarget, studentsTarget, teachersTarget, Money.ofCents(cofinancingTargetCents));
    }

    private static int count(int baseline, int target, String kpi) {
        if (baseline < 0) {
            throw new DomainException("partnership." + kpi + ".negative");
        }
        if (target < baseline) {
            throw new DomainException("partnership." + kpi + ".belowBaseline");
        }
        return baseline;
    }

    private static BigDecimal percent(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("partnership.kpi.percent");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new DomainException("partnership.kpi.percentDecimals");
        }
        return value.setScale(2);
    }

    private static String text(String value, String requiredKey, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException(requiredKey);
        }
        if (value.strip().length() > max) {
            throw new DomainException("partnership.text.tooLong", max);
        }
        return value.strip();
    }
}
