package nl.ngf.grants.partnership.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/**
 * One PPS: who leads it, where, and its KPIs against their targets; a grant officer removes it here while it has no
 * share of the allocation. Kept with the page, so that the form the page offered is still there when it is sent.
 */
@Named
@ViewScoped
public class PartnershipPage implements Serializable {

    @Inject
    PartnershipService partnerships;

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long id;
    private PartnershipView partnership;
    private ProgrammeSummary programme;
    private boolean removable;

    public void load() {
        try {
            if (id == null) {
                throw new DomainException("partnership.notFound");
            }
            partnership = partnerships.partnership(currentUser.actor(), id);
            // Whoever may see the PPS may see its programme: the same organisation's file.
            programme = programmes.summary(currentUser.actor(), partnership.programmeId());
            removable = partnerships.mayRemove(currentUser.actor(), id);
        } catch (DomainException e) {
            messages.refused(e);
        }
    }

    /** Removes the PPS (the service checks again that it may be) and goes on to its programme's page, which says so. */
    public String remove() {
        try {
            partnerships.remove(currentUser.actor(), partnership.id());
            return Messages.redirectWithNotice("/programme/detail.xhtml?id=" + partnership.programmeId(), "partnership.remove.done");
        } catch (DomainException e) {
            if (e.recordNotFound() && partnership != null) {
                // Gone since this page showed it (the confirmation sent twice, or a colleague removing it meanwhile): what
                // was asked is done, and no refused access is logged for it.
                return Messages.redirectWithNotice("/programme/detail.xhtml?id=" + partnership.programmeId(), "partnership.remove.done");
            }
            messages.refused(e);
            return null;
        }
    }

    /** Whether the user may remove this PPS (a grant officer, while it has no share of the allocation). */
    public boolean isRemovable() {
        return removable;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PartnershipView getPartnership() {
        return partnership;
    }

    /** The programme the PPS belongs to, to name it on the page. */
    public ProgrammeSummary getProgramme() {
        return programme;
    }
}
