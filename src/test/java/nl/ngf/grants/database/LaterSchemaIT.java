package nl.ngf.grants.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.ServerOfItsOwn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server of an older version of the application started on the production database after a later version has
 * migrated it (an old image started by mistake, a rollback without the database from before): it does not start, says
 * why, and leaves the database as it found it.
 */
@EnabledIfSystemProperty(named = "ngf.it.db", matches = "postgres",
        disabledReason = "checked on the production database; the embedded H2 goes the same way (SchemaMigrationsTest)")
@ExtendWith(ItDatabase.class)
class LaterSchemaIT {

    private static final String DATABASE = "ngf_it_later_schema";

    @Test
    void aServerOfAnOlderVersionDoesNotStartOnASchemaThatALaterVersionMigrated() throws Exception {
        ItDatabase.recreate(DATABASE);
        // The schema as a later version leaves it: this version's migrations and one more.
        LaterVersion.of(SchemaMigrations.configure(getClass().getClassLoader(), ItDatabase.dataSource(DATABASE), true)).load().migrate();
        ServerOfItsOwn server = new ServerOfItsOwn("ngfLaterSchema", 9283, 9646, DATABASE);
        try {
            server.startAndWait();
            assertThat(server.applicationFailed()).as("started on a schema a later version migrated").isTrue();
            assertThat(server.log()).contains("The database was migrated by a later version of the application"
                    + " (its migrations 9999 (a later version))");
            assertThat(server.get("/health/ready").statusCode()).as("not ready, so that a load balancer sends no one there")
                    .isEqualTo(503);
            assertThat(server.get("/").statusCode()).as("no login page").isEqualTo(404);
            try (Connection connection = ItDatabase.connect(DATABASE); Statement statement = connection.createStatement();
                 ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables"
                         + " where table_name = 'act_ge_property'")) {
                tables.next();
                assertThat(tables.getInt(1)).as("the engine did not create its tables").isZero();
            }
            try (Connection connection = ItDatabase.connect(DATABASE); Statement statement = connection.createStatement();
                 ResultSet users = statement.executeQuery("select count(*) from user_account")) {
                users.next();
                assertThat(users.getInt(1)).as("no first administrator created").isZero();
            }
        } finally {
            server.stop();
            ItDatabase.drop(DATABASE);
        }
    }
}
