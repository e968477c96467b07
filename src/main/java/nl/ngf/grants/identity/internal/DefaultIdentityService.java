package nl.ngf.grants.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.MailRecipient;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.shared.DomainException;

@ApplicationScoped
@Transactional
public class DefaultIdentityService implements IdentityService {

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    jakarta.enterprise.event.Event<nl.ngf.grants.shared.IdentityChanged> changed;

    @Override
    public Optional<Actor> actor(String username) {
        return em.createQuery("select distinct u from UserAccount u left join fetch u.roles where u.username = :username and u.active = true",
                        UserAccount.class)
                .setParameter("username", username)
                .getResultList().stream()
                .findFirst()
                .map(DefaultIdentityService::toActor);
    }

    @Override
    public Optional<String> displayName(String username) {
        return em.createQuery("select u.displayName from UserAccount u where u.username = :username", String.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean rehashIfOutdated(String username, String password) {
        Optional<String> stored = em.createQuery("select u.passwordHash from UserAccount u where u.username = :username and u.active = true",
                String.class).setParameter("username", username).getResultStream().findFirst();
        java.util.OptionalInt made = stored.map(passwords::outdatedIterations).orElse(java.util.OptionalInt.empty());
        if (made.isEmpty() || !passwords.matches(password, stored.get())) {
            return false;
        }
        // Only over the hash just checked: a password an administrator or the user set meanwhile stays.
        int replaced = em.createQuery("update UserAccount u set u.passwordHash = :renewed where u.username = :username and u.passwordHash = :checked")
                .setParameter("renewed", passwords.hash(password)).setParameter("username", username).setParameter("checked", stored.get())
                .executeUpdate();
        if (replaced == 0) {
            return false;
        }
        changed.fire(new nl.ngf.grants.shared.IdentityChanged(username, "user.password.rehashed", "user", username,
                "hash iterations=" + made.getAsInt() + " → " + passwords.iterations()));
        return true;
    }

    @Override
    public java.util.OptionalInt accessVersion(String username) {
        return em.createQuery("select u.accessVersion from UserAccount u where u.username = :username and u.active = true",
                        Integer.class)
                .setParameter("username", username)
                .getResultStream()
                .mapToInt(Integer::intValue)
                .findFirst();
    }

    @Override
    public boolean passwordChangeRequired(String username) {
        return em.createQuery("select u.passwordChangeRequired from UserAccount u where u.username = :username and u.active = true",
                        Boolean.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst().orElse(false);
    }

    @Override
    public boolean hasColleagues(Actor actor) {
        List<String> roleGroups = actor.roles().stream().filter(role -> role != Role.APPLICANT).map(Role::group).toList();
        boolean applicant = actor.hasRole(Role.APPLICANT) && actor.organisationId() != null;
        if (roleGroups.isEmpty() && !applicant) {
            return false;
        }
        String sameRole = roleGroups.isEmpty() ? null : "r in :roleGroups";
        String sameOrganisation = applicant ? "(r = :applicantGroup and u.organisation.id = :organisation)" : null;
        var query = em.createQuery("select count(u) from UserAccount u join u.roles r where u.active = true and u.username <> :me and ("
                + java.util.stream.Stream.of(sameRole, sameOrganisation).filter(java.util.Objects::nonNull)
                        .collect(Collectors.joining(" or ")) + ")", Long.class)
                .setParameter("me", actor.username());
        if (sameRole != null) {
            query.setParameter("roleGroups", roleGroups);
        }
        if (applicant) {
            query.setParameter("applicantGroup", Role.APPLICANT.group()).setParameter("organisation", actor.organisationId());
        }
        return query.getSingleResult() > 0;
    }

    private static Actor toActor(UserAccount user) {
        Organisation org = user.organisation;
        Set<Role> roles = user.roles.stream().map(Role::ofGroup).collect(Collectors.toSet());
        return new Actor(user.username, user.displayName, roles,
                org == null ? null : org.id, org == null ? null : org.code, org == null ? null : org.name);
    }

    @Override
    public List<OrganisationView> organisations() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
                .getResultStream().map(Organisation::view).toList();
    }

    @Override
    public Optional<OrganisationView> organisation(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id)).map(Organisation::view);
    }

    @Override
    public OrganisationView createOrganisation(String code, String name) {
        Organisation organisation = new Organisation(Organisation.checkedCode(code), name);
        em.persist(organisation);
        em.flush();
        return organisation.view();
    }

    @Override
    public void createUser(String username, String displayName, String password, Long organisationId, Set<Role> roles,
                           String email) {
        if (roles.contains(Role.APPLICANT) && organisationId == null) {
            throw new DomainException("user.applicant.organisationRequired");
        }
        Organisation organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (organisationId != null && organisation == null) {
            throw new DomainException("organisation.notFound");
        }
        Set<String> groups = roles.stream().map(Role::group).collect(Collectors.toSet());
        UserAccount user = new UserAccount(username, displayName, passwords.hash(password), organisation, groups);
        user.email = DefaultUserAdministration.checkedEmail(email);
        em.persist(user);
    }

    @Override
    public List<MailRecipient> applicantsToMail(long organisationId) {
        return em.createQuery("select new nl.ngf.grants.identity.MailRecipient(u.username, u.displayName, u.email)"
                        + " from UserAccount u join u.roles r where u.active = true and u.email is not null"
                        + " and u.organisation.id = :organisation and r = :applicant order by u.username", MailRecipient.class)
                .setParameter("organisation", organisationId).setParameter("applicant", Role.APPLICANT.group())
                .getResultList();
    }

    @Override
    public boolean hasUsers() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0;
    }
}
