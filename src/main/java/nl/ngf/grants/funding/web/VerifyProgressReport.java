package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import nl.ngf.grants.funding.TrancheStatus;
import nl.ngf.grants.funding.Verification;
import nl.ngf.grants.shared.DomainException;

/** A grant officer verifies a report (or a corrective-action plan): how far the milestone is attained, and why. */
@Named
@ViewScoped
public class VerifyProgressReport extends TrancheTaskForm {

    private BigDecimal attainment;
    private String remarks;

    @Override
    protected String taskKey() {
        return "verifyProgressReport";
    }

    /** The form starts from what the report's figures measure against the milestone (within 0 to 1000). */
    @Override
    public void load() {
        super.load();
        BigDecimal measured = isAvailable() ? getTranche().measuredAttainment() : null;
        if (attainment == null && measured != null) {
            attainment = measured.max(BigDecimal.ZERO).min(BigDecimal.valueOf(1000));
        }
    }

    public String submit() {
        try {
            TrancheStatus next = funding.verify(currentUser.actor(), getTaskId(), new Verification(attainment, remarks));
            return done(switch (next) {
                case RELEASING -> "verify.done.release";
                case AWAITING_SECOND_APPROVAL -> "verify.done.secondApproval";
                default -> "verify.done.withhold";
            });
        } catch (DomainException e) {
            refusedAtSubmit(e);
            return null;
        }
    }

    public BigDecimal getAttainment() {
        return attainment;
    }

    public void setAttainment(BigDecimal attainment) {
        this.attainment = attainment;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }
}
