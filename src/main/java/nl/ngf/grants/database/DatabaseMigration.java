package nl.ngf.grants.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.TimeZone;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up ({@link SchemaMigrations}: not one that a later version of the application
 * migrated), on a server that runs in UTC ({@link DatabaseTimeZone}). Runs outside any JTA transaction: Flyway commits
 * each migration itself. The engine's start-up depends on this bean, so no one sees an old schema; servers sharing a
 * database take turns ({@link StartupLock}), as they do for the rest of their start-up.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/ngf")
    DataSource dataSource;

    @Inject
    StartupLock startupLock;

    @PostConstruct
    void migrate() {
        DatabaseTimeZone.refusal(TimeZone.getDefault()).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        startupLock.holding("database migrations", this::migrateNow);
    }

    private void migrateNow() {
        MigrateResult result = SchemaMigrations.migrate(
                SchemaMigrations.configure(DatabaseMigration.class.getClassLoader(), dataSource, isPostgres()));
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private boolean isPostgres() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return DatabaseProduct.isPostgres(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
