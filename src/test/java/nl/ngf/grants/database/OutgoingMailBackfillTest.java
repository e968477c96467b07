package nl.ngf.grants.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Mails queued before they named their organisation: after the schema moves on, each names its recipient's
 * organisation (so trying it again goes to the address its recipient has now), and one whose recipient no
 * longer exists names none.
 */
class OutgoingMailBackfillTest {

    private final String url = "jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void aMailQueuedBeforeMailsNamedTheirOrganisationTakesItsRecipientsOrganisation() throws SQLException {
        migrateTo("22");
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into organisation (id, code, name) values (7, 'katapult', 'Katapult')");
            sql.executeUpdate("insert into user_account (id, username, display_name, password_hash, organisation_id, active)"
                    + " values (70, 'penvoerder', 'Jeroen Smit', 'x', 7, true)");
            sql.executeUpdate(queued(1, "penvoerder", null));
            sql.executeUpdate(queued(2, "vertrokken", null));
            sql.executeUpdate(queued(3, "penvoerder", 8L));
        }

        migrateTo("23");

        assertThat(organisationOfEachMail()).as("mail 3 already named its organisation and keeps it")
                .containsEntry(1L, 7L).containsEntry(2L, null).containsEntry(3L, 8L).hasSize(3);
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").table("ngf_schema_history")
                .target(version).load().migrate();
    }

    /** A mail an attempt failed on, as queued for {@code recipient} (of {@code organisation}, when the mail names it). */
    private static String queued(long id, String recipient, Long organisation) {
        return "insert into outgoing_mail (id, occasion, kind, deadline, object_type, object_id, recipient, address, subject, body,"
                + " created_at, attempts, next_attempt_at, last_error, version, organisation_id) values (" + id + ", 'REMINDER',"
                + " 'PROGRESS_REPORT', date '2026-12-09', 'tranche', 5, '" + recipient + "', 'oud@example.org', 'Herinnering', 'Beste,',"
                + " timestamp '2026-12-01 10:00:00', 3, null, 'Relay access denied', 1, " + organisation + ")";
    }

    private Map<Long, Long> organisationOfEachMail() throws SQLException {
        Map<Long, Long> organisations = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select id, organisation_id from outgoing_mail")) {
            while (rows.next()) {
                long organisation = rows.getLong(2);
                boolean none = rows.wasNull();
                organisations.put(rows.getLong(1), none ? null : organisation);
            }
        }
        return organisations;
    }
}
