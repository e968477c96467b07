package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.shared.DomainException;

/** The PPS's applicant reports progress for a tranche: the KPIs now, a narrative and evidence. */
@Named
@ViewScoped
public class ReportProgress extends TrancheTaskForm {

    private Integer companies;
    private BigDecimal smeReach;
    private Integer students;
    private Integer teachers;
    private BigDecimal cofinancing;
    private String narrative;

    @Override
    protected String taskKey() {
        return "submitProgressReport";
    }

    public String submit() {
        try {
            funding.submitProgressReport(currentUser.actor(), getTaskId(),
                    new ProgressReportSubmission(companies, smeReach, students, teachers, cofinancing, narrative, uploadedIds()));
            return done("report.done");
        } catch (DomainException e) {
            messages.refused(e);
            return null;
        }
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

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }
}
