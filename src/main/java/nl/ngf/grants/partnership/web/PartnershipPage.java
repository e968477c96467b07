package nl.ngf.grants.partnership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** One PPS: who leads it, where, and its KPIs against their targets. */
@Named
@RequestScoped
public class PartnershipPage {

    @Inject
    PartnershipService partnerships;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long id;
    private PartnershipView partnership;

    public void load() {
        try {
            if (id == null) {
                throw new DomainException("partnership.notFound");
            }
            partnership = partnerships.partnership(currentUser.actor(), id);
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
}
