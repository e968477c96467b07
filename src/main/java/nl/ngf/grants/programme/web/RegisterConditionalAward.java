package nl.ngf.grants.programme.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.programme.ConditionalAwardRegistration;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** A grant officer registers a programme's conditional award. */
@Named
@ViewScoped
public class RegisterConditionalAward implements Serializable {

    /** One editable line of the conditions list (a holder, so the list can grow and shrink). */
    public static class ConditionLine implements Serializable {
        private String text;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @Inject
    ProgrammeService programmes;

    @Inject
    IdentityService identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String title;
    private Long organisationId;
    private BigDecimal requestedAmount;
    private BigDecimal conditionalAmount;
    private Integer plannedPpsCount;
    private LocalDate revisionDeadline;
    private final List<ConditionLine> conditions = new ArrayList<>();
    /** This form's own key, kept with the view: the form sent twice (a double click, the back button) is one award. */
    private final String submissionKey = nl.ngf.grants.shared.SubmissionKey.next();

    @PostConstruct
    void init() {
        revisionDeadline = programmes.suggestedDeadline();
        addCondition();
    }

    public List<OrganisationView> getOrganisations() {
        return identity.organisations();
    }

    /** One more condition to fill in, up to the most an award asks (the form then says so instead of offering more). */
    public void addCondition() {
        if (canAddCondition()) {
            conditions.add(new ConditionLine());
        }
    }

    public boolean canAddCondition() {
        return conditions.size() < nl.ngf.grants.programme.ConditionalAwardRegistration.MOST_CONDITIONS;
    }

    public int getMostConditions() {
        return nl.ngf.grants.programme.ConditionalAwardRegistration.MOST_CONDITIONS;
    }

    public void removeCondition(ConditionLine line) {
        if (conditions.size() > 1) {
            conditions.remove(line);
        }
    }

    public String register() {
        try {
            long id = programmes.registerConditionalAward(currentUser.actor(), new ConditionalAwardRegistration(
                    title, organisationId, requestedAmount, conditionalAmount, plannedPpsCount, revisionDeadline,
                    conditions.stream().map(ConditionLine::getText).toList(), submissionKey));
            return Messages.redirectWithNotice("/programme/detail.xhtml?id=" + id, "register.done");
        } catch (DomainException e) {
            messages.refused(e);
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public BigDecimal getConditionalAmount() {
        return conditionalAmount;
    }

    public void setConditionalAmount(BigDecimal conditionalAmount) {
        this.conditionalAmount = conditionalAmount;
    }

    public Integer getPlannedPpsCount() {
        return plannedPpsCount;
    }

    public void setPlannedPpsCount(Integer plannedPpsCount) {
        this.plannedPpsCount = plannedPpsCount;
    }

    public LocalDate getRevisionDeadline() {
        return revisionDeadline;
    }

    public void setRevisionDeadline(LocalDate revisionDeadline) {
        this.revisionDeadline = revisionDeadline;
    }

    public List<ConditionLine> getConditions() {
        return conditions;
    }
}
