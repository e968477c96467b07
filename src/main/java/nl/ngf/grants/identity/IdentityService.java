package nl.ngf.grants.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Users, organisations and roles. */
public interface IdentityService {

    Optional<Actor> actor(String username);

    /**
     * The name a person goes by, for a page that says who did something: of any account, switched off or not
     * (what they did stays theirs); empty for a user name no account has.
     */
    Optional<String> displayName(String username);

    /**
     * How many times what this user may do has changed (password, roles, organisation, active); empty
     * when there is no active user of that name. A session compares it with the count it logged in with.
     */
    java.util.OptionalInt accessVersion(String username);

    /** Whether this active user's password was set by an administrator and must be replaced by their own before anything else. */
    boolean passwordChangeRequired(String username);

    /**
     * Whether another active user shares a group this actor's tasks are offered to: the same role, or for an applicant
     * the same organisation. Alone, taking a task on shows nobody anything.
     */
    boolean hasColleagues(Actor actor);

    List<OrganisationView> organisations();

    Optional<OrganisationView> organisation(long id);

    OrganisationView createOrganisation(String code, String name);

    /** Creates an active user; the password is stored only as a PBKDF2 hash. */
    default void createUser(String username, String displayName, String password, Long organisationId, Set<Role> roles) {
        createUser(username, displayName, password, organisationId, roles, null);
    }

    /** As {@link #createUser(String, String, String, Long, Set)}, with the e-mail address reminders go to (null for none). */
    void createUser(String username, String displayName, String password, Long organisationId, Set<Role> roles, String email);

    /** The organisation's active applicants that have an e-mail address: who a reminder of its deadline goes to. */
    List<MailRecipient> applicantsToMail(long organisationId);

    boolean hasUsers();

    /**
     * After this user logged in with this password: a hash of it made with other iterations than those configured now
     * (a server whose setting was raised) is made again with them, audited; the password, the user's sessions and
     * whether they must choose a new one stay as they were. Whether it was made again.
     */
    boolean rehashIfOutdated(String username, String password);
}
