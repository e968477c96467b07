package nl.ngf.grants.partnership.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.partnership.PartnershipRegistration;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.programme.ProgrammeDetails;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.SubmissionKey;
import nl.ngf.grants.web.Messages;

/**
 * A grant officer adds a PPS to a programme, before its awarded amount is allocated: its name, region, sector, lead
 * institution and lead applicant organisation (the programme's applicant unless chosen otherwise), and each KPI's
 * baseline and target. The same form, opened for a PPS ({@code ?pps=}), corrects those details until then.
 */
@Named
@ViewScoped
public class RegisterPartnership implements Serializable {

    @Inject
    PartnershipService partnerships;

    @Inject
    ProgrammeService programmes;

    @Inject
    IdentityService identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long programmeId;
    /** The PPS being corrected; null while adding one. */
    private Long partnershipId;
    /** The PPS being corrected as the form showed it when opened: the correction is refused if it changed since. */
    private PartnershipView opened;
    private ProgrammeSummary programme;
    private String name;
    private String region;
    private String sector;
    private String leadInstitution;
    private Long organisationId;
    private final KpiFields baseline = new KpiFields();
    private final KpiFields target = new KpiFields();
    /** This form's key: sent twice (a double click), it adds the PPS once. */
    private final String submissionKey = SubmissionKey.next();


    /**
     * The programme (or the PPS to correct) from the address; the form is offered only while PPSs may be added to the
     * programme, and says why not otherwise.
     */
    public void load() {
        try {
            if (partnershipId != null) {
                PartnershipView pps = partnerships.partnership(currentUser.actor(), partnershipId);
                programmeId = pps.programmeId();
                if (!partnerships.acceptsPartnerships(currentUser.actor(), programmeId)) {
                    throw new DomainException("partnership.correction.closed");
                }
                show(pps);
                programme = programmes.summary(currentUser.actor(), programmeId);
                return;
            }
            if (programmeId == null) {
                return;
            }
            ProgrammeDetails found = programmes.programme(currentUser.actor(), programmeId);
            if (!partnerships.acceptsPartnerships(currentUser.actor(), programmeId)) {
                throw new DomainException("partnership.registration.closed");
            }
            programme = found.summary();
            if (organisationId == null) {
                organisationId = found.organisationId();
            }
        } catch (DomainException e) {
            programme = null;
            messages.refused(e);
        }
    }

    /** The PPS's details in the form, as they are now. */
    private void show(PartnershipView pps) {
        opened = pps;
        name = pps.name();
        region = pps.region();
        sector = pps.sector();
        leadInstitution = pps.leadInstitution();
        organisationId = pps.organisationId();
        baseline.fill(pps.baseline());
        target.fill(pps.target());
    }

    public String register() {
        if (programme == null) {
            return null;
        }
        try {
            PartnershipRegistration details = new PartnershipRegistration(programme.id(), organisationId, name, region, sector,
                    leadInstitution, baseline.typed(), target.typed());
            if (partnershipId != null) {
                boolean changed = partnerships.correct(currentUser.actor(), partnershipId, opened, details);
                return Messages.redirectWithNotice("/partnership/detail.xhtml?id=" + partnershipId,
                        changed ? "partnership.correct.done" : "partnership.correct.done.nothing");
            }
            long id = partnerships.register(currentUser.actor(), details, submissionKey);
            return Messages.redirectWithNotice("/partnership/detail.xhtml?id=" + id, "partnership.register.done");
        } catch (DomainException e) {
            messages.refused(e);
            if ("partnership.changedMeanwhile".equals(e.messageKey())) {
                // The form as the PPS is now, for the officer to make their correction on.
                try {
                    show(partnerships.partnership(currentUser.actor(), partnershipId));
                } catch (DomainException gone) {
                    messages.refused(gone);
                }
            }
            return null;
        }
    }

    /** Whether the form corrects a PPS rather than adding one. */
    public boolean isCorrecting() {
        return partnershipId != null;
    }

    /** Whether the user may add PPSs to this programme now (the programme page offers the link then). */
    public boolean offeredFor(Long programme) {
        try {
            return programme != null && partnerships.acceptsPartnerships(currentUser.actor(), programme);
        } catch (DomainException e) {
            return false;
        }
    }

    public List<OrganisationView> getOrganisations() {
        return identity.organisations();
    }

    public ProgrammeSummary getProgramme() {
        return programme;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public void setPartnershipId(Long partnershipId) {
        this.partnershipId = partnershipId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getLeadInstitution() {
        return leadInstitution;
    }

    public void setLeadInstitution(String leadInstitution) {
        this.leadInstitution = leadInstitution;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public KpiFields getBaseline() {
        return baseline;
    }

    public KpiFields getTarget() {
        return target;
    }
}
