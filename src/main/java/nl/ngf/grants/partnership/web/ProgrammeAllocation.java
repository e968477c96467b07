package nl.ngf.grants.partnership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.partnership.AllocationService;
import nl.ngf.grants.partnership.AllocationView;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** A programme's allocation over its PPSs: awarded, allocated, remaining, and each tranche schedule. */
@Named
@RequestScoped
public class ProgrammeAllocation {

    @Inject
    AllocationService allocations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long programme;
    private AllocationView allocation;

    public void load() {
        try {
            if (programme == null) {
                throw new DomainException("programme.notFound");
            }
            allocation = allocations.allocationOf(currentUser.actor(), programme);
        } catch (DomainException e) {
            messages.refused(e);
        }
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }

    public AllocationView getAllocation() {
        return allocation;
    }
}
