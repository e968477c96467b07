package nl.ngf.grants.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.ngf.grants.audit.AuditEntryView;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.audit.AuditVerification;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/**
 * The audit log for administrators: search by user, action, object and period; verify the chain; export. An entry
 * the verification names is shown with the entry before and after it ({@code around}), however old it is.
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    static final int LIMIT = 1000;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private LocalDate from;
    private LocalDate until;
    private Long around;
    private List<AuditEntryView> entries;
    private AuditVerification verification;

    public void load() {
        if (entries == null) {
            find();
        }
    }

    /** A search made in the form looks at the whole trail again, not only around an entry. */
    public void search() {
        around = null;
        find();
    }

    private void find() {
        try {
            entries = audit.search(currentUser.actor(), new AuditTrail.AuditSearch(actor, action, objectType, objectId,
                    from == null ? null : from.atStartOfDay(Deadlines.ZONE).toInstant(),
                    until == null ? null : until.plusDays(1).atStartOfDay(Deadlines.ZONE).toInstant(),
                    around == null ? null : around - 1, around == null ? null : around + 1), LIMIT);
        } catch (DomainException e) {
            entries = List.of();
            messages.refused(e);
        }
    }

    public void verify() {
        try {
            verification = audit.verify(currentUser.actor());
        } catch (DomainException e) {
            messages.refused(e);
        }
    }

    public boolean isLimited() {
        return entries != null && entries.size() >= LIMIT;
    }

    public List<AuditEntryView> getEntries() {
        return entries;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public Long getAround() {
        return around;
    }

    public void setAround(Long around) {
        this.around = around;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
