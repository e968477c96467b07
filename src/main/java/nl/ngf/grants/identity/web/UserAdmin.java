package nl.ngf.grants.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.OrganisationView;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.identity.UserAdministration;
import nl.ngf.grants.identity.UserDetails;
import nl.ngf.grants.identity.UserView;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/** The administrator's screen for users, their roles and organisations, and for organisations. */
@Named
@ViewScoped
public class UserAdmin implements Serializable {

    @Inject
    UserAdministration administration;

    @Inject
    IdentityService identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    AccountSessions sessions;

    private List<UserView> users;
    /** What the table's column filters leave of the users (PrimeFaces keeps it here between requests). */
    private List<UserView> filteredUsers;
    private List<OrganisationView> organisations;

    /** The user being edited; null while adding a new one. */
    private Long userId;
    private String username;
    private String displayName;
    private Long organisationId;
    /** Role group names: a JSF list cannot carry the enum without a converter. */
    private List<String> roles = List.of();
    private boolean active = true;
    private String email;
    private String password;
    /** The user's details as the form showed them when opened: the save is refused if they changed since. */
    private UserDetails opened;

    /** The organisation being renamed; null while adding a new one. */
    private Long editedOrganisationId;
    private String organisationCode;
    private String organisationName;
    /** The organisation's name as the form showed it when opened: the rename is refused if it changed since. */
    private String openedOrganisationName;

    public void load() {
        if (users == null) {
            refresh();
        }
    }

    private void refresh() {
        try {
            users = administration.users(currentUser.actor());
            filteredUsers = null;
            organisations = identity.organisations();
        } catch (DomainException e) {
            users = List.of();
            organisations = List.of();
            messages.refused(e);
        }
    }

    public void edit(UserView user) {
        userId = user.id();
        username = user.username();
        displayName = user.displayName();
        organisationId = user.organisationId();
        roles = user.roles().stream().map(Role::group).sorted().toList();
        active = user.active();
        email = user.email();
        password = null;
        opened = user.details();
    }

    public void newUser() {
        userId = null;
        username = null;
        displayName = null;
        organisationId = null;
        roles = List.of();
        active = true;
        email = null;
        password = null;
        opened = null;
    }

    public void saveUser() {
        try {
            Set<Role> chosen = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles.stream().map(Role::ofGroup).toList());
            UserDetails details = new UserDetails(displayName, organisationId, chosen, active, email);
            if (userId == null) {
                UserView created = administration.createUser(currentUser.actor(), username, details, password);
                messages.info("admin.user.created", created.username());
            } else {
                UserView updated = administration.updateUser(currentUser.actor(), userId, opened, details, password);
                // An administrator who gave themselves a new password stays logged in here.
                sessions.remember();
                messages.info("admin.user.saved", updated.username());
            }
            newUser();
            refresh();
        } catch (DomainException e) {
            messages.refused(e);
            if ("user.changedMeanwhile".equals(e.messageKey())) {
                // The list and the form as they are now, for the administrator to make their change on.
                Long changed = userId;
                refresh();
                users.stream().filter(u -> u.id() == changed).findFirst().ifPresentOrElse(this::edit, this::newUser);
            }
        }
    }

    public void editOrganisation(OrganisationView organisation) {
        editedOrganisationId = organisation.id();
        organisationCode = organisation.code();
        organisationName = organisation.name();
        openedOrganisationName = organisation.name();
    }

    public void newOrganisation() {
        editedOrganisationId = null;
        organisationCode = null;
        organisationName = null;
        openedOrganisationName = null;
    }

    public void saveOrganisation() {
        try {
            OrganisationView saved = editedOrganisationId == null
                    ? administration.createOrganisation(currentUser.actor(), organisationCode, organisationName)
                    : administration.renameOrganisation(currentUser.actor(), editedOrganisationId, openedOrganisationName, organisationName);
            messages.info("admin.organisation.saved", saved.name());
            newOrganisation();
            refresh();
        } catch (DomainException e) {
            messages.refused(e);
            if ("organisation.changedMeanwhile".equals(e.messageKey())) {
                Long renamed = editedOrganisationId;
                refresh();
                organisations.stream().filter(o -> o.id() == renamed).findFirst().ifPresentOrElse(this::editOrganisation, this::newOrganisation);
            }
        }
    }

    public List<String> getAllRoles() {
        return java.util.Arrays.stream(Role.values()).map(Role::group).toList();
    }

    public List<UserView> getUsers() {
        return users;
    }

    public List<UserView> getFilteredUsers() {
        return filteredUsers;
    }

    public void setFilteredUsers(List<UserView> filteredUsers) {
        this.filteredUsers = filteredUsers;
    }

    public List<OrganisationView> getOrganisations() {
        return organisations;
    }

    public boolean isEditing() {
        return userId != null;
    }

    public boolean isEditingOrganisation() {
        return editedOrganisationId != null;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? List.of() : roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }
}
