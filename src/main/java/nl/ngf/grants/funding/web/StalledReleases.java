package nl.ngf.grants.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.funding.FundingService;
import nl.ngf.grants.funding.StalledRelease;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** The administrator's list of approved tranches whose payment failed, with one more attempt each. */
@Named
@ViewScoped
public class StalledReleases implements Serializable {

    @Inject
    FundingService funding;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<StalledRelease> releases;

    public void load() {
        try {
            releases = funding.stalledReleases(currentUser.actor());
        } catch (DomainException e) {
            releases = List.of();
            messages.refused(e);
        }
    }

    public void retry(long trancheId) {
        try {
            funding.retryRelease(currentUser.actor(), trancheId);
            messages.info("releases.retried");
        } catch (DomainException e) {
            messages.refused(e);
        }
        load();
    }

    public List<StalledRelease> getReleases() {
        if (releases == null) {
            load();
        }
        return releases;
    }
}
