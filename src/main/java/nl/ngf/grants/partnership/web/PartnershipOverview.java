package nl.ngf.grants.partnership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;

/** The PPSs the user may see. */
@Named
@RequestScoped
public class PartnershipOverview {

    @Inject
    PartnershipService partnerships;

    @Inject
    CurrentUser currentUser;

    private List<PartnershipView> list;

    public List<PartnershipView> getPartnerships() {
        if (list == null) {
            list = partnerships.partnerships(currentUser.actor());
        }
        return list;
    }
}
