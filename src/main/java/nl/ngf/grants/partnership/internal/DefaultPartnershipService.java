package nl.ngf.grants.partnership.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ngf.grants.audit.AuditTrail;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.partnership.Kpis;
import nl.ngf.grants.partnership.PartnershipRegistration;
import nl.ngf.grants.partnership.PartnershipService;
import nl.ngf.grants.partnership.PartnershipView;
import nl.ngf.grants.programme.ProgrammeService;
import nl.ngf.grants.programme.ProgrammeStatus;
import nl.ngf.grants.programme.ProgrammeSummary;
import nl.ngf.grants.shared.Constraints;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.shared.SubmissionKey;

@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class DefaultPartnershipService implements PartnershipService {

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    ProgrammeService programmes;

    @Inject
    AuditTrail audit;

    /** The engine's clock (see EngineTime). */
    @Inject
    Clock clock;

    @Override
    public long register(Actor officer, PartnershipRegistration r, String submissionKey) {
        officer.require(Role.GRANT_OFFICER);
        // The programme held for the rest of the transaction: of the same form sent twice at once, the second waits, then
        // finds the first's PPS; and no PPS is added while the programme's money is being divided.
        if (!acceptsPartnerships(programmes.summaryHeld(officer, r.programmeId()))) {
            throw new DomainException("partnership.registration.closed");
        }
        String key = SubmissionKey.checked(submissionKey);
        Optional<Partnership> fromThisForm = key == null ? Optional.empty() : em.createQuery(
                "select p from Partnership p where p.submissionKey = :key", Partnership.class).setParameter("key", key)
                .getResultStream().findFirst();
        // The PPS this form added before does not take its own name.
        boolean nameTaken = nameTaken(r.programmeId(), r.name(), fromThisForm.map(p -> p.id).orElse(null));
        boolean organisationKnown = r.organisationId() != null && identity.organisation(r.organisationId()).isPresent();
        Partnership partnership = Partnership.register(r.programmeId(), r.organisationId(), organisationKnown, r.name(), nameTaken,
                r.region(), r.sector(), r.leadInstitution(), r.baseline(), r.target(), officer.username(), clock.instant());
        Optional<Partnership> sent = SubmissionKey.sentBefore(key, k -> fromThisForm, p -> p.registeredBy.equals(officer.username()),
                p -> p.programmeId == partnership.programmeId && p.details().equals(partnership.details()),
                "partnership.submission.used");
        if (sent.isPresent()) {
            return sent.get().id;
        }
        partnership.submissionKey = key;
        em.persist(partnership);
        flush();
        audit.record(officer.username(), "partnership.registered", "partnership", partnership.id, whole(partnership));
        return partnership.id;
    }

    /** Whether another of the programme's PPSs (than {@code except}, when given) has this name, as names are compared. */
    private boolean nameTaken(long programmeId, String name, Long except) {
        return em.createQuery("select count(p) from Partnership p where p.programmeId = :programme and p.nameKey = :key"
                        + " and p.id <> :except", Long.class).setParameter("programme", programmeId)
                .setParameter("key", Partnership.nameKey(name)).setParameter("except", except == null ? -1L : except)
                .getSingleResult() > 0;
    }

    /** The PPS whole, as the audit trail keeps it when it is added or removed: its programme, then every detail. */
    private static String whole(Partnership partnership) {
        return "programme=" + partnership.programmeId + "; "
                + partnership.details().entrySet().stream().map(d -> d.getKey() + "=" + d.getValue()).collect(Collectors.joining("; "));
    }

    @Override
    public void remove(Actor officer, long partnershipId) {
        officer.require(Role.GRANT_OFFICER);
        Partnership partnership = em.find(Partnership.class, partnershipId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (partnership == null) {
            throw new NotAllowedException("partnership.notFound");
        }
        if (allocated(partnershipId)) {
            throw new DomainException("partnership.removal.allocated");
        }
        audit.record(officer.username(), "partnership.removed", "partnership", partnershipId, whole(partnership));
        em.remove(partnership);
        em.flush();
    }

    @Override
    public boolean mayRemove(Actor actor, long partnershipId) {
        return actor.hasRole(Role.GRANT_OFFICER) && em.find(Partnership.class, partnershipId) != null && !allocated(partnershipId);
    }

    private boolean allocated(long partnershipId) {
        return em.createQuery("select count(a) from Allocation a where a.partnershipId = :pps", Long.class)
                .setParameter("pps", partnershipId).getSingleResult() > 0;
    }

    @Override
    public boolean correct(Actor officer, long partnershipId, PartnershipView opened, PartnershipRegistration corrected) {
        officer.require(Role.GRANT_OFFICER);
        Partnership partnership = em.find(Partnership.class, partnershipId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (partnership == null) {
            throw new NotAllowedException("partnership.notFound");
        }
        if (!acceptsPartnerships(officer, partnership.programmeId)) {
            throw new DomainException("partnership.correction.closed");
        }
        // Read once held (above): a colleague's correction since the form opened is not written back over.
        if (opened != null && !sameDetails(opened, partnership)) {
            throw new DomainException("partnership.changedMeanwhile", partnership.name);
        }
        boolean nameTaken = nameTaken(partnership.programmeId, corrected.name(), partnershipId);
        boolean organisationKnown = corrected.organisationId() != null && identity.organisation(corrected.organisationId()).isPresent();
        Map<String, String> before = partnership.details();
        partnership.describe(corrected.organisationId(), organisationKnown, corrected.name(), nameTaken, corrected.region(),
                corrected.sector(), corrected.leadInstitution(), corrected.baseline(), corrected.target());
        Map<String, String> after = partnership.details();
        String changes = before.keySet().stream().filter(key -> !before.get(key).equals(after.get(key)))
                .map(key -> key + " " + before.get(key) + " -> " + after.get(key)).collect(Collectors.joining("; "));
        if (changes.isEmpty()) {
            return false;
        }
        flush();
        audit.record(officer.username(), "partnership.corrected", "partnership", partnershipId, changes);
        return true;
    }

    /** Whether the PPS still has the details a correction form showed (the leading organisation's name is not one of them). */
    private static boolean sameDetails(PartnershipView opened, Partnership now) {
        return opened.organisationId() == now.organisationId && opened.name().equals(now.name) && opened.region().equals(now.region)
                && opened.sector().equals(now.sector) && opened.leadInstitution().equals(now.leadInstitution)
                && sameFigures(opened.baseline(), now.baseline()) && sameFigures(opened.target(), now.target());
    }

    private static boolean sameFigures(Kpis a, Kpis b) {
        return a.companies() == b.companies() && a.smeReachPercent().compareTo(b.smeReachPercent()) == 0 && a.students() == b.students()
                && a.teachers() == b.teachers() && a.cofinancing().equals(b.cofinancing());
    }

    /**
     * Writes the PPS. The name was checked free, but another officer may have given a PPS of the programme the same one
     * a moment before, not yet committed then: the database's unique constraint refuses it, told as the check would.
     */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uq_partnership_name_key")) {
                throw new DomainException("partnership.name.taken");
            }
            throw e;
        }
    }

    @Override
    public boolean acceptsPartnerships(Actor actor, long programmeId) {
        return actor.hasRole(Role.GRANT_OFFICER) && acceptsPartnerships(programmes.summary(actor, programmeId));
    }

    /** Whether the programme takes PPSs: its award not rejected or withdrawn, and its money not yet allocated. */
    private boolean acceptsPartnerships(ProgrammeSummary programme) {
        ProgrammeStatus status = programme.status();
        boolean allocated = em.createQuery("select count(a) from Allocation a where a.programmeId = :programme", Long.class)
                .setParameter("programme", programme.id()).getSingleResult() > 0;
        return status != ProgrammeStatus.REJECTED && status != ProgrammeStatus.WITHDRAWN && !allocated;
    }

    @Override
    public List<PartnershipView> partnerships(Actor actor) {
        return views(visible(actor, "select p from Partnership p", null));
    }

    @Override
    public List<PartnershipView> partnershipsOf(Actor actor, long programmeId) {
        return views(visible(actor, "select p from Partnership p where p.programmeId = :programme", programmeId));
    }

    @Override
    public PartnershipView partnership(Actor actor, long id) {
        Partnership partnership = em.find(Partnership.class, id);
        if (partnership == null || !actor.mayRead(partnership.organisationId)) {
            throw new NotAllowedException("partnership.notFound");
        }
        return views(List.of(partnership)).get(0);
    }

    private List<Partnership> visible(Actor actor, String jpql, Long programmeId) {
        boolean all = actor.readsAllOrganisations();
        if (!all && actor.organisationId() == null) {
            return List.of();
        }
        String where = all ? "" : (jpql.contains(" where ") ? " and" : " where") + " p.organisationId = :organisation";
        TypedQuery<Partnership> query = em.createQuery(jpql + where + " order by p.name", Partnership.class);
        if (programmeId != null) {
            query.setParameter("programme", programmeId);
        }
        if (!all) {
            query.setParameter("organisation", actor.organisationId());
        }
        return query.getResultList();
    }

    private List<PartnershipView> views(List<Partnership> partnerships) {
        Map<Long, String> names = identity.organisations().stream().collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));
        return partnerships.stream().map(p -> new PartnershipView(p.id, p.programmeId, p.organisationId, names.get(p.organisationId),
                p.name, p.region, p.sector, p.leadInstitution, p.baseline(), p.target())).toList();
    }

}
