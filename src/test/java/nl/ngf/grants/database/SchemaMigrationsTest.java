package nl.ngf.grants.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A server brings an older schema up to date, and refuses to start on one that a later version of the application
 * has migrated: its entities and queries do not know that schema, and Flyway on its own would start on it, saying so
 * only in a warning.
 */
class SchemaMigrationsTest {

    private final String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void aServerBringsAnOlderSchemaUpToDate() throws SQLException {
        migrate("classpath:db/migration", "30");
        int before = appliedMigrations();

        SchemaMigrations.migrate(SchemaMigrations.configure(getClass().getClassLoader(), dataSource(), false));

        assertThat(appliedMigrations()).as("the migrations after 30 applied").isGreaterThan(before);
        assertThat(currentVersion()).isEqualTo(newestOwnVersion());
    }

    @Test
    void aServerRefusesASchemaThatALaterVersionMigratedAndChangesNothing() throws SQLException {
        migrate("classpath:db/migration,classpath:db/later-version", null);
        int before = appliedMigrations();

        assertThatThrownBy(() -> SchemaMigrations.migrate(SchemaMigrations.configure(getClass().getClassLoader(), dataSource(), false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("later version of the application")
                .hasMessageContaining("9999 (a later version)")
                .hasMessageContaining("newest this server knows is " + newestOwnVersion());

        assertThat(appliedMigrations()).isEqualTo(before);
        assertThat(currentVersion()).isEqualTo("9999");
    }

    private void migrate(String locations, String target) {
        var configuration = Flyway.configure().dataSource(url, "", "").locations(locations.split(",")).table("ngf_schema_history");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    private String newestOwnVersion() {
        var all = Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").table("ngf_schema_history")
                .load().info().all();
        return java.util.Arrays.stream(all).filter(m -> m.getState().isResolved()).map(m -> m.getVersion())
                .max(Comparable::compareTo).orElseThrow().getVersion();
    }

    private int appliedMigrations() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from \"ngf_schema_history\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private String currentVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select \"version\" from \"ngf_schema_history\" where \"success\""
                     + " order by \"installed_rank\" desc limit 1")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
