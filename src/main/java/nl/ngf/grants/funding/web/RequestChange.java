package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ngf.grants.funding.ChangeKind;
import nl.ngf.grants.funding.ChangeRequestSubmission;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.PartnershipFunding;
import nl.ngf.grants.funding.TrancheView;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** The PPS's applicant asks to delay a tranche, change its milestone, or move budget between tranches. */
@Named
@ViewScoped
public class RequestChange implements Serializable {

    @Inject
    FundingService funding;

    @Inject
    PartnershipService partnerships;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long partnershipId;
    private PartnershipView partnership;
    private PartnershipFunding current;
    private ChangeKind kind = ChangeKind.DELAY;
    private Long trancheId;
    private Long targetTrancheId;
    private LocalDate newDate;
    private String newMilestone;
    private Kpi newKpi;
    private BigDecimal newTargetValue;
    private BigDecimal amount;
    private String reason;
    /** This form's own key, kept with the view: the form sent twice (a double click, the back button) is one request. */
    private final String submissionKey = nl.ngf.grants.shared.SubmissionKey.next();

    /** How far a budget shift may take a tranche from the amount an officer set before one must approve it, in percent. */
    public int getThresholdPercent() {
        return funding.changeApprovalThresholdPercent();
    }

    public void load() {
        if (partnership != null) {
            return;
        }
        try {
            if (partnershipId == null) {
                throw new DomainException("partnership.notFound");
            }
            // Only the PPS's own applicant asks for a change; the service refuses anyone else too.
            currentUser.actor().require(Role.APPLICANT);
            partnership = partnerships.partnership(currentUser.actor(), partnershipId);
            current = funding.fundingOf(currentUser.actor(), partnershipId);
        } catch (DomainException e) {
            partnership = null;
            messages.refused(e);
        }
    }

    public String submit() {
        try {
            funding.requestChange(currentUser.actor(), new ChangeRequestSubmission(partnershipId, kind, trancheId,
                    kind == ChangeKind.BUDGET_SHIFT ? targetTrancheId : null, kind == ChangeKind.DELAY ? newDate : null,
                    kind == ChangeKind.CONTENT ? newMilestone : null,
                    kind == ChangeKind.CONTENT && newKpi != null && newTargetValue != null ? new KpiTarget(newKpi, newTargetValue) : null,
                    kind == ChangeKind.BUDGET_SHIFT ? amount : null, reason, submissionKey));
            return Messages.redirectWithNotice("/partnership/detail.xhtml?id=" + partnershipId, "change.done");
        } catch (DomainException e) {
            messages.refused(e);
            return null;
        }
    }

    /** The tranches that may still change: no progress report in yet. */
    public List<TrancheView> getChangeableTranches() {
        return current == null ? List.of() : current.tranches().stream().filter(t -> t.status().isChangeable()).toList();
    }

    /** The changes the PPS's tranches allow: a budget shift only with two tranches that may still change, one to move to. */
    public List<ChangeKind> getKinds() {
        return java.util.Arrays.stream(ChangeKind.values()).filter(k -> k != ChangeKind.BUDGET_SHIFT || isShiftPossible()).toList();
    }

    public boolean isShiftPossible() {
        return getChangeableTranches().size() >= 2;
    }

    /** Whether any tranche may still change: without one there is nothing to ask. */
    public boolean isAnythingChangeable() {
        return !getChangeableTranches().isEmpty();
    }

    /** Whether the PPS has tranches at all: before the allocation it has none. */
    public boolean isAllocated() {
        return current != null && !current.tranches().isEmpty();
    }

    public boolean isAvailable() {
        return partnership != null;
    }

    public PartnershipView getPartnership() {
        return partnership;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public void setPartnershipId(Long partnershipId) {
        this.partnershipId = partnershipId;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public void setKind(ChangeKind kind) {
        this.kind = kind;
    }

    public Long getTrancheId() {
        return trancheId;
    }

    public void setTrancheId(Long trancheId) {
        this.trancheId = trancheId;
    }

    public Long getTargetTrancheId() {
        return targetTrancheId;
    }

    public void setTargetTrancheId(Long targetTrancheId) {
        this.targetTrancheId = targetTrancheId;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public Kpi getNewKpi() {
        return newKpi;
    }

    public void setNewKpi(Kpi newKpi) {
        this.newKpi = newKpi;
    }

    public BigDecimal getNewTargetValue() {
        return newTargetValue;
    }

    public void setNewTargetValue(BigDecimal newTargetValue) {
        this.newTargetValue = newTargetValue;
    }

    public String getNewMilestone() {
        return newMilestone;
    }

    public void setNewMilestone(String newMilestone) {
        this.newMilestone = newMilestone;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
