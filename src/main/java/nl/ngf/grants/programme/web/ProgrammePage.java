package nl.ngf.grants.programme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** One programme: award, conditions, revisions and assessments. */
@Named
@RequestScoped
public class ProgrammePage {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long id;
    private ProgrammeDetails programme;

    public void load() {
        if (id == null) {
            messages.refused(new DomainException("programme.notFound"));
            return;
        }
        try {
            programme = programmes.programme(currentUser.actor(), id);
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

    public ProgrammeDetails getProgramme() {
        return programme;
    }
}
