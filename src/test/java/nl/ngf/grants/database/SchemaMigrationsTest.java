package nl.ngf.grants.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import org.flywaydb.core.api.configuration.FluentConfiguration;
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
        ours().target("30").load().migrate();
        int before = appliedMigrations();

        SchemaMigrations.migrate(ours());

        assertThat(appliedMigrations()).as("the migrations after 30 applied").isGreaterThan(before);
        assertThat(currentVersion()).isEqualTo(newestOwnVersion());
    }

    @Test
    void aServerRefusesASchemaThatALaterVersionMigratedAndChangesNothing() throws SQLException {
        LaterVersion.of(ours()).load().migrate();
        int before = appliedMigrations();

        assertThatThrownBy(() -> SchemaMigrations.migrate(ours()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("later version of the application")
                .hasMessageContaining("9999 (a later version)")
                .hasMessageContaining("newest this server knows is " + newestOwnVersion());

        assertThat(appliedMigrations()).isEqualTo(before);
        assertThat(currentVersion()).isEqualTo("9999");
    }

    /** The configuration a server of this version starts with, on the embedded database. */
    private FluentConfiguration ours() {
        return SchemaMigrations.configure(getClass().getClassLoader(), dataSource(), false);
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    private String newestOwnVersion() {
        return Arrays.stream(ours().load().info().all()).filter(m -> m.getState().isResolved()).map(m -> m.getVersion())
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
