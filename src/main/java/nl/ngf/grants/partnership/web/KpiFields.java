package nl.ngf.grants.partnership.web;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.PartnershipRegistration;
import nl.ngf.grants.shared.Money;

/**
 * The five KPI figures of a form as typed (an empty field is null): a PPS's baselines or targets, the figures of a
 * progress report. The business contribution is typed in euros.
 */
public class KpiFields implements Serializable {

    private Integer companies;
    private BigDecimal smeReach;
    private Integer students;
    private Integer teachers;
    private BigDecimal cofinancing;

    public void fill(Kpis kpis) {
        companies = Math.toIntExact(kpis.companies());
        smeReach = kpis.smeReachPercent();
        students = Math.toIntExact(kpis.students());
        teachers = Math.toIntExact(kpis.teachers());
        cofinancing = kpis.cofinancing().euros();
    }

    public PartnershipRegistration.Figures typed() {
        return new PartnershipRegistration.Figures(companies, smeReach, students, teachers,
                cofinancing == null ? null : Money.ofEuros(cofinancing));
    }

    public Integer getCompanies() {
        return companies;
    }

    public void setCompanies(Integer companies) {
        this.companies = companies;
    }

    public BigDecimal getSmeReach() {
        return smeReach;
    }

    public void setSmeReach(BigDecimal smeReach) {
        this.smeReach = smeReach;
    }

    public Integer getStudents() {
        return students;
    }

    public void setStudents(Integer students) {
        this.students = students;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public void setTeachers(Integer teachers) {
        this.teachers = teachers;
    }

    public BigDecimal getCofinancing() {
        return cofinancing;
    }

    public void setCofinancing(BigDecimal cofinancing) {
        this.cofinancing = cofinancing;
    }
}
