package nl.ngf.grants.identity;

import java.util.List;

/**
 * Users, organisations and roles as administrators manage them, and a user's own password. Every
 * method checks who acts; every change is audited in its own transaction (before → after, never a
 * password). Bad input is refused with a message key and changes nothing.
 */
public interface UserAdministration {

    /** The shortest password accepted for a new or changed password. */
    int MIN_PASSWORD_LENGTH = 12;

    /** All users, by user name; administrators only. */
    List<UserView> users(Actor administrator);

    /** Creates an active user with an initial password; administrators only. */
    UserView createUser(Actor administrator, String username, UserDetails details, String initialPassword);

    /** Changes a user's name, organisation, roles or whether the account is active; administrators only. */
    default UserView updateUser(Actor administrator, long userId, UserDetails details) {
        return updateUser(administrator, userId, details, null);
    }

    /**
     * As {@link #updateUser(Actor, long, UserDetails)} and, when {@code newPassword} is not empty, sets it
     * too: all or nothing, so a refused password leaves the rest unchanged as well.
     */
    default UserView updateUser(Actor administrator, long userId, UserDetails details, String newPassword) {
        return updateUser(administrator, userId, null, details, newPassword);
    }

    /**
     * As {@link #updateUser(Actor, long, UserDetails, String)}, from a form that showed the user as {@code opened}: refused
     * ({@code user.changedMeanwhile}), changing nothing, when the user's details are no longer those, changed meanwhile by
     * another administrator or in another window, rather than written back over that change. Null: no such check.
     */
    UserView updateUser(Actor administrator, long userId, UserDetails opened, UserDetails details, String newPassword);

    /** Sets a new password for another user (who forgot theirs); administrators only. */
    void resetPassword(Actor administrator, long userId, String newPassword);

    /** Creates an organisation; administrators only. */
    OrganisationView createOrganisation(Actor administrator, String code, String name);

    /** Renames an organisation; administrators only. */
    default OrganisationView renameOrganisation(Actor administrator, long organisationId, String name) {
        return renameOrganisation(administrator, organisationId, null, name);
    }

    /**
     * Renames an organisation a form showed with the name {@code opened}: refused ({@code organisation.changedMeanwhile}),
     * changing nothing, when it has another name by now. Null: no such check.
     */
    OrganisationView renameOrganisation(Actor administrator, long organisationId, String opened, String name);

    /**
     * A user changes their own password, proving the current one and typing the new one twice; everything wrong is
     * told at once. A wrong current password counts as a failed login from the client's address.
     */
    void changeOwnPassword(Actor self, String clientAddress, String currentPassword, String newPassword, String newPasswordRepeated);

    /** The user's own e-mail address (where reminders go), null when they have none. */
    String ownEmail(Actor self);

    /** A user sets or (with an empty one) removes their own e-mail address; refused when a mail server would not take it. */
    void changeOwnEmail(Actor self, String email);
}
