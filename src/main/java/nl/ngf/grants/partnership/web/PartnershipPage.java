package nl.ngf.grants.partnership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** One PPS: who leads it, where, and its KPIs against their targets. */
@Named
@RequestScoped
public class PartnershipPage {

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

    public void load() {
        try {
            if (id == null) {
                throw new DomainException("partnership.notFound");
            }
            partnership = partnerships.partnership(currentUser.actor(), id);
            // Whoever may see the PPS may see its programme: the same organisation's file.
            programme = programmes.summary(currentUser.actor(), partnership.programmeId());
        } catch (DomainException e) {
            messages.refused(e);
        }
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
