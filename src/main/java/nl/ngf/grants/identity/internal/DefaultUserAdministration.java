package nl.ngf.grants.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.LoginAttempts;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.identity.UserAdministration;
import nl.ngf.grants.identity.UserDetails;
import nl.ngf.grants.identity.UserView;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.IdentityChanged;
import nl.ngf.grants.shared.NotAllowedException;
import nl.ngf.grants.shared.PasswordCheckFailed;
import nl.ngf.grants.shared.Refusals;
import nl.ngf.grants.shared.SystemActors;

@ApplicationScoped
@Transactional
public class DefaultUserAdministration implements UserAdministration {

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,59}";
    private static final int MAX_PASSWORD_LENGTH = 200;
    /** An address a mail server takes as it is: no spaces, markup or line breaks, and a dotted domain. */
    private static final String EMAIL = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+";

    @PersistenceContext(unitName = "ngf")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Event<IdentityChanged> changed;

    @Inject
    Event<PasswordCheckFailed> passwordCheckFailed;

    @Inject
    LoginAttempts attempts;

    @Override
    public List<UserView> users(Actor administrator) {
        administrator.require(Role.ADMINISTRATOR);
        // The roles in the same query as their users (a join, read at one moment), never one query per user.
        return em.createQuery("select distinct u from UserAccount u left join fetch u.roles order by u.username", UserAccount.class)
                .getResultList().stream().map(UserAccount::view).toList();
    }

    @Override
    public UserView createUser(Actor administrator, String username, UserDetails details, String initialPassword) {
        administrator.require(Role.ADMINISTRATOR);
        stillAnAdministrator(administrator);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // Each field on its own: the administrator is told everything wrong with the new user at once.
        Refusals refusals = new Refusals();
        refusals.check(() -> {
            if (!name.matches(USERNAME)) {
                throw new DomainException("user.username.invalid");
            }
            if (userNamed(name) != null) {
                throw new DomainException("user.username.taken", name);
            }
            if (nl.ngf.grants.shared.SystemActors.isSystem(name)) {
                throw new DomainException("user.username.reserved", name);
            }
        });
        String displayName = refusals.value(() -> displayName(details));
        String email = refusals.value(() -> checkedEmail(details.email()));
        Organisation organisation = refusals.value(() -> checkedOrganisation(details));
        // A password is compared with the username only when there is one.
        refusals.check(() -> checkPassword(name.matches(USERNAME) ? name : null, initialPassword,
                displayName, email, organisation == null ? null : organisation.view().name()));
        refusals.refuseIfAny();
        UserAccount user = new UserAccount(name, displayName, passwords.hash(initialPassword),
                organisation, groups(details.roles()));
        user.email = email;
        user.requirePasswordChange();
        em.persist(user);
        em.flush();
        UserView view = user.view();
        changed.fire(new IdentityChanged(administrator.username(), "user.created", "user", name,
                "displayName=" + displayName + "; organisation=" + orgName(organisation) + "; roles=" + roleNames(view.roles())
                        + "; email=" + email + "; active=true; passwordChangeRequired=true"));
        return view;
    }

    @Override
    public UserView updateUser(Actor administrator, long userId, UserDetails opened, UserDetails details, String newPassword) {
        administrator.require(Role.ADMINISTRATOR);
        stillAnAdministrator(administrator);
        UserAccount user = existingUser(userId);
        UserView before = user.view();
        // Read once the administrators' changes are in one after the other (above): what another made since the form
        // opened is not written back over, such as an account switched off switched on again with a corrected name.
        if (opened != null && !opened.equals(before.details())) {
            throw new DomainException("user.changedMeanwhile", before.username());
        }
        String displayName = displayName(details);
        Organisation organisation = checkedOrganisation(details);
        String email = checkedEmail(details.email());
        if (before.username().equals(administrator.username())
                && (!details.active() || !details.roles().contains(Role.ADMINISTRATOR))) {
            throw new DomainException("user.self.lockout");
        }
        boolean passwordToo = newPassword != null && !newPassword.isEmpty();
        if (passwordToo) {
            checkPassword(before.username(), newPassword, displayName, email, organisation == null ? null : organisation.view().name());
        }
        user.change(displayName, organisation, groups(details.roles()), details.active(), email);
        em.flush();
        UserView after = user.view();
        StringJoiner changes = new StringJoiner("; ");
        change(changes, "displayName", before.displayName(), after.displayName());
        change(changes, "organisation", String.valueOf(before.organisationName()), String.valueOf(after.organisationName()));
        change(changes, "roles", roleNames(before.roles()), roleNames(after.roles()));
        change(changes, "active", String.valueOf(before.active()), String.valueOf(after.active()));
        change(changes, "email", String.valueOf(before.email()), String.valueOf(after.email()));
        if (changes.length() > 0) {
            changed.fire(new IdentityChanged(administrator.username(), "user.updated", "user", before.username(), changes.toString()));
        }
        if (passwordToo) {
            setPassword(administrator, user, newPassword);
        }
        return after;
    }

    /**
     * Every active administrator's account locked (always in the same order) until the transaction ends, and the acting
     * one's read again, before any change an administrator makes: the changes of administrators are made one after the
     * other, each by someone still an administrator. Of two administrators taking each other's role at the same moment,
     * the second waits for the first and then, no administrator any more, is refused, so that one is always left (an
     * administrator cannot take their own); of the same user or organisation added twice at once (a double click, or two
     * administrators), the second waits and is then told the name or code is taken (until 2026-12-07 it met the first's
     * row in the database and was told of a server error).
     */
    private void stillAnAdministrator(Actor administrator) {
        List<Long> administrators = em.createQuery("select u.id from UserAccount u join u.roles r where r = :role and u.active = true",
                Long.class).setParameter("role", Role.ADMINISTRATOR.group()).getResultList();
        if (!administrators.isEmpty()) {
            em.createQuery("select u from UserAccount u where u.id in :ids order by u.id", UserAccount.class)
                    .setParameter("ids", administrators).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        }
        if (SystemActors.isSystem(administrator.username())) {
            // The system, creating the first administrator from the configuration (InitialAdministrator), is no account.
            return;
        }
        long still = em.createQuery("select count(u) from UserAccount u join u.roles r where u.username = :name and r = :role"
                        + " and u.active = true", Long.class).setParameter("name", administrator.username())
                .setParameter("role", Role.ADMINISTRATOR.group()).getSingleResult();
        if (still == 0) {
            throw new NotAllowedException("access.notAllowed");
        }
    }

    @Override
    public void resetPassword(Actor administrator, long userId, String newPassword) {
        administrator.require(Role.ADMINISTRATOR);
        stillAnAdministrator(administrator);
        UserAccount user = existingUser(userId);
        checkPassword(user.view(), newPassword);
        setPassword(administrator, user, newPassword);
    }

    /**
     * The new password, for the user to replace at their next login; their failed logins are forgotten with it, so that a
     * user locked out (who called the helpdesk for it) logs in at once.
     */
    private void setPassword(Actor administrator, UserAccount user, String newPassword) {
        String username = user.view().username();
        user.changePassword(passwords.hash(newPassword), true);
        int forgotten = attempts.forgetAll(username);
        changed.fire(new IdentityChanged(administrator.username(), "user.password.reset", "user", username,
                "password set by an administrator; passwordChangeRequired=true" + (forgotten > 0 ? "; failed logins forgotten=" + forgotten : "")));
    }

    @Override
    public OrganisationView createOrganisation(Actor administrator, String code, String name) {
        administrator.require(Role.ADMINISTRATOR);
        stillAnAdministrator(administrator);
        // The code and the name each on their own: the administrator is told both at once.
        Refusals refusals = new Refusals();
        String cleanCode = refusals.value(() -> Organisation.checkedCode(code == null ? null : code.strip().toLowerCase(Locale.ROOT)));
        if (cleanCode != null && !em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", cleanCode).getResultList().isEmpty()) {
            refusals.refuse("organisation.code.taken", cleanCode);
        }
        String cleanName = refusals.value(() -> organisationName(name));
        refusals.refuseIfAny();
        Organisation organisation = new Organisation(cleanCode, cleanName);
        em.persist(organisation);
        em.flush();
        OrganisationView view = organisation.view();
        changed.fire(new IdentityChanged(administrator.username(), "organisation.created", "organisation",
                String.valueOf(view.id()), "code=" + view.code() + "; name=" + view.name()));
        return view;
    }

    @Override
    public OrganisationView renameOrganisation(Actor administrator, long organisationId, String opened, String name) {
        administrator.require(Role.ADMINISTRATOR);
        stillAnAdministrator(administrator);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new DomainException("organisation.notFound");
        }
        String before = organisation.view().name();
        if (opened != null && !opened.equals(before)) {
            throw new DomainException("organisation.changedMeanwhile", opened, before);
        }
        String after = organisationName(name);
        organisation.rename(after);
        em.flush();
        if (!before.equals(after)) {
            changed.fire(new IdentityChanged(administrator.username(), "organisation.renamed", "organisation",
                    String.valueOf(organisationId), "name: " + before + " → " + after));
        }
        return organisation.view();
    }

    /**
     * The current password proves who changes it, so guessing it is guessing a login: a wrong one counts as a failed
     * login, a right one forgets the name's failures from there as a login does, and a locked name is refused here as
     * at the login. One not typed at all is no guess.
     */
    @Override
    public void changeOwnPassword(Actor self, String clientAddress, String currentPassword, String newPassword, String newPasswordRepeated) {
        UserAccount user = activeSelf(self);
        boolean typed = currentPassword != null && !currentPassword.isEmpty();
        // A password typed is an attempt, counted before it is checked (see LoginAttempts#attempt); none typed is no guess.
        Optional<Duration> locked = typed ? attempts.attempt(self.username(), clientAddress) : attempts.lockedFor(self.username(), clientAddress);
        if (locked.isPresent()) {
            passwordCheckFailed.fire(new PasswordCheckFailed(self.username(), true));
            throw new DomainException("password.locked", LoginAttempts.minutesLeft(locked.get()));
        }
        // The current password, the new one and its repetition each on their own: the user is told all at once.
        Refusals refusals = new Refusals();
        if (!typed) {
            refusals.refuse("password.current.required");
        } else if (!passwords.matches(currentPassword, user.passwordHash())) {
            attempts.failed(self.username(), clientAddress);
            passwordCheckFailed.fire(new PasswordCheckFailed(self.username(), false));
            refusals.refuse("password.currentWrong");
        } else {
            attempts.succeeded(self.username(), clientAddress);
            if (Objects.equals(currentPassword, newPassword)) {
                refusals.refuse("password.unchanged");
            }
        }
        refusals.check(() -> checkPassword(user.view(), newPassword));
        if (!Objects.equals(newPassword, newPasswordRepeated)) {
            refusals.refuse("password.mismatch");
        }
        refusals.refuseIfAny();
        user.changePassword(passwords.hash(newPassword), false);
        changed.fire(new IdentityChanged(self.username(), "user.password.changed", "user", self.username(),
                "own password changed; passwordChangeRequired=false"));
    }

    @Override
    public String ownEmail(Actor self) {
        return activeSelf(self).email;
    }

    @Override
    public void changeOwnEmail(Actor self, String email) {
        UserAccount user = activeSelf(self);
        String before = user.email;
        String after = checkedEmail(email);
        if (!Objects.equals(before, after)) {
            user.email = after;
            changed.fire(new IdentityChanged(self.username(), "user.email.changed", "user", self.username(),
                    "email: " + before + " → " + after));
        }
    }

    private UserAccount activeSelf(Actor self) {
        UserAccount user = userNamed(self.username());
        if (user == null || !user.view().active()) {
            throw new NotAllowedException("access.notLoggedIn");
        }
        return user;
    }

    private UserAccount userNamed(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
    }

    private UserAccount existingUser(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw new DomainException("user.notFound");
        }
        return user;
    }

    /** The address stripped, or null when none is given; refused when a mail server would not take it. */
    static String checkedEmail(String address) {
        String email = address == null ? "" : address.strip();
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > 254 || !email.matches(EMAIL)) {
            throw new DomainException("user.email.invalid");
        }
        return email;
    }

    private static String displayName(UserDetails details) {
        String name = details.displayName() == null ? "" : details.displayName().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new DomainException("user.displayName.required");
        }
        return name;
    }

    private static String organisationName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new DomainException("organisation.name.required");
        }
        return clean;
    }

    /**
     * Roles: at least one; an applicant is only an applicant and belongs to an organisation; nobody else does. An
     * administrator, who audits, decides nothing about grants: never also a grant officer or a committee member, so no
     * administrator can make themselves one either.
     */
    private Organisation checkedOrganisation(UserDetails details) {
        Set<Role> roles = details.roles();
        if (roles.isEmpty()) {
            throw new DomainException("user.roles.required");
        }
        if (roles.contains(Role.APPLICANT) && roles.size() > 1) {
            throw new DomainException("user.roles.applicantAlone");
        }
        if (roles.contains(Role.ADMINISTRATOR) && (roles.contains(Role.GRANT_OFFICER) || roles.contains(Role.COMMITTEE_MEMBER))) {
            throw new DomainException("user.roles.administratorAlone");
        }
        if (!roles.contains(Role.APPLICANT)) {
            if (details.organisationId() != null) {
                throw new DomainException("user.organisation.onlyApplicant");
            }
            return null;
        }
        if (details.organisationId() == null) {
            throw new DomainException("user.applicant.organisationRequired");
        }
        Organisation organisation = em.find(Organisation.class, details.organisationId());
        if (organisation == null) {
            throw new DomainException("organisation.notFound");
        }
        return organisation;
    }

    private static void checkPassword(UserView user, String password) {
        checkPassword(user.username(), password, user.displayName(), user.email(), user.organisationName());
    }

    /** Long enough, without the user name, and not easy to guess for who knows the user's name, address and organisation. */
    private static void checkPassword(String username, String password, String displayName, String email, String organisationName) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new DomainException("password.length", MIN_PASSWORD_LENGTH);
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new DomainException("password.containsUsername");
        }
        if (PasswordStrength.guessable(password, username, displayName, email, organisationName)) {
            throw new DomainException("password.guessable");
        }
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::group).collect(Collectors.toSet());
    }

    private static String roleNames(Set<Role> roles) {
        return new TreeSet<>(roles.stream().map(Role::group).toList()).toString();
    }

    private static String orgName(Organisation organisation) {
        return organisation == null ? "-" : organisation.view().name();
    }

    private static void change(StringJoiner changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }
}
