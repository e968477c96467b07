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

/** The audit log for administrators: search by user, action, object and period; verify the chain; export. */
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
    private List<AuditEntryView> entries;
    private AuditVerification verification;

    public void load() {
        if (entries == null) {
            search();
        }
    }

    public void search() {
        try {
            entries = audit.search(currentUser.actor(), new AuditTrail.AuditSearch(actor, action, objectType, objectId,
                    from == null ? null : from.atStartOfDay(Deadlines.ZONE).toInstant(),
                    until == null ? null : until.plusDays(1).atStartOfDay(Deadlines.ZONE).toInstant()), LIMIT);
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
