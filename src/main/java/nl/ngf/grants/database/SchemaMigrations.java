package nl.ngf.grants.database;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * This version's migrations of the schema. A schema that a later version of the application has migrated is refused
 * rather than used: this version's entities and queries were not written for it, and a rollback to an older version
 * needs the database from before the newer one migrated it (Flyway migrates forward only). Flyway itself would start
 * on it, saying so only in a warning.
 */
final class SchemaMigrations {

    private SchemaMigrations() {
    }

    static FluentConfiguration configure(ClassLoader classLoader, DataSource dataSource, boolean postgres) {
        // PostgreSQL gets a few migrations of its own on top (triggers that keep the audit trail append-only).
        String[] locations = postgres ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locations)
                // On Liberty a class-path location needs a flyway.location marker file; callbacks live beside the migrations.
                .callbackLocations("classpath:db/migration")
                .table("ngf_schema_history");
    }

    /** Applies the migrations the schema lacks, after making sure no later version of the application migrated it. */
    static MigrateResult migrate(FluentConfiguration configuration) {
        Flyway flyway = configuration.load();
        MigrationInfoService info = flyway.info();
        List<MigrationInfo> later = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (!later.isEmpty()) {
            String newestKnown = Arrays.stream(info.all()).filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .map(MigrationInfo::getVersion).max(MigrationVersion::compareTo).map(MigrationVersion::getVersion).orElse("none");
            throw new IllegalStateException("The database was migrated by a later version of the application (its migrations "
                    + later.stream().map(m -> m.getVersion().getVersion() + " (" + m.getDescription() + ")").collect(Collectors.joining(", "))
                    + "); the newest this server knows is " + newestKnown + ". A server of an older version does not start on it:"
                    + " start servers of the version that migrated it, or, to go back to this version, restore the database"
                    + " from before that version migrated it.");
        }
        return flyway.migrate();
    }
}
