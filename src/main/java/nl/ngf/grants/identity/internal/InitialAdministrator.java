package nl.ngf.grants.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.ngf.grants.database.StartupLock;
import nl.ngf.grants.identity.Actor;
import nl.ngf.grants.identity.IdentityService;
import nl.ngf.grants.identity.Role;
import nl.ngf.grants.identity.UserAdministration;
import nl.ngf.grants.identity.UserDetails;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.shared.SystemActors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator of a database without users (a new production database: PostgreSQL gets no
 * demo users), from configuration: {@code ngf.initial-admin.username} and
 * {@code ngf.initial-admin.password}. Created once, by the system, with the same checks and audit
 * entry as any user an administrator creates; who logs in with it then creates the others under
 * Gebruikers and should change this password. Without the settings nothing is created and the log says
 * how to. Runs after the demo data, which fills an empty embedded database instead. Of two servers that start
 * together against a new database, one creates it and the other finds it there ({@link StartupLock}: the user
 * administration's transaction commits while the lock is held).
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "DemoData"})
@TransactionManagement(TransactionManagementType.BEAN)
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    /** The system, acting on the configuration. */
    private static final Actor SYSTEM = new Actor(SystemActors.ENGINE, SystemActors.ENGINE, Set.of(Role.ADMINISTRATOR), null, null, null);

    @Inject
    IdentityService identity;

    @Inject
    UserAdministration administration;

    @Inject
    @ConfigProperty(name = "ngf.initial-admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "ngf.initial-admin.password")
    Optional<String> password;

    @Inject
    StartupLock startupLock;

    @PostConstruct
    void createOnce() {
        startupLock.holding("the first administrator", this::createUnlessThereAreUsers);
    }

    private void createUnlessThereAreUsers() {
        if (identity.hasUsers()) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning("The database has no users: set NGF_INITIAL_ADMIN_USERNAME and NGF_INITIAL_ADMIN_PASSWORD and restart"
                    + " to create the first administrator.");
            return;
        }
        try {
            administration.createUser(SYSTEM, username.get(), new UserDetails("Beheerder", null, Set.of(Role.ADMINISTRATOR), true),
                    password.get());
            LOG.info("Created the first administrator, " + username.get().strip() + ", from the configuration.");
        } catch (DomainException e) {
            LOG.severe("The first administrator was not created (" + e.messageKey() + "): correct NGF_INITIAL_ADMIN_USERNAME"
                    + " or NGF_INITIAL_ADMIN_PASSWORD and restart.");
        }
    }
}
