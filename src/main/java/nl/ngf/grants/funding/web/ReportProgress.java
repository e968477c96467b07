package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.ngf.grants.funding.ProgressReportSubmission;
import nl.ngf.grants.partnership.web.KpiFields;
import nl.ngf.grants.shared.DomainException;

/** The PPS's applicant reports progress for a tranche: the KPIs now, a narrative and evidence. */
@Named
@ViewScoped
public class ReportProgress extends TrancheTaskForm {

    private final KpiFields figures = new KpiFields();
    private String narrative;

    /** The KPI figures reported. */
    public KpiFields getFigures() {
        return figures;
    }

    @Override
    protected String taskKey() {
        return "submitProgressReport";
    }

    public String submit() {
        try {
            funding.submitProgressReport(currentUser.actor(), getTaskId(),
                    new ProgressReportSubmission(figures.getCompanies(), figures.getSmeReach(), figures.getStudents(),
                            figures.getTeachers(), figures.getCofinancing(), narrative, uploadedIds()));
            return done("report.done");
        } catch (DomainException e) {
            refusedAtSubmit(e);
            return null;
        }
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }
}
