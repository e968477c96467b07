package nl.ngf.grants.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.ServerOfItsOwn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers of the application, started at the same moment against one new PostgreSQL database, as two nodes
 * behind a load balancer are on their first deployment: each must come up and serve, and what start-up makes in the
 * database (the tables, the engine's tables, the models, the first administrator) is made once.
 */
@EnabledIfSystemProperty(named = "ngf.it.db", matches = "postgres",
        disabledReason = "the embedded H2 database is one server's own: a second server cannot open it")
@ExtendWith(ItDatabase.class)
class TwoServersStartIT {

    private static final String DATABASE = "ngf_it_two_servers";

    @Test
    void twoServersStartedAtOnceOnANewDatabaseBothServeAndMakeWhatTheyShareOnce() throws Exception {
        ItDatabase.recreate(DATABASE);
        List<ServerOfItsOwn> nodes = List.of(new ServerOfItsOwn("ngfNodeA", 9280, 9643, DATABASE),
                new ServerOfItsOwn("ngfNodeB", 9281, 9644, DATABASE));
        try {
            List<Process> starting = new ArrayList<>();
            for (ServerOfItsOwn node : nodes) {
                starting.add(node.start());
            }
            for (Process start : starting) {
                assertThat(start.waitFor(5, TimeUnit.MINUTES)).as("the server start command returned").isTrue();
            }
            for (ServerOfItsOwn node : nodes) {
                node.awaitApplication();
            }

            for (ServerOfItsOwn node : nodes) {
                assertThat(node.log()).as(node.name + "'s log: the application started").contains("CWWKZ0001I")
                        .doesNotContain("CWWKZ0002E");
                HttpResponse<String> login = node.get("/");
                assertThat(login.statusCode()).as(node.name + ": the login page").isEqualTo(200);
                assertThat(login.body()).contains("login:username");
                HttpResponse<String> ready = node.get("/health/ready");
                assertThat(ready.statusCode()).as(node.name + ": ready").isEqualTo(200);
                assertThat(ready.body().replace(" ", "")).contains("\"name\":\"process-engine\",\"status\":\"UP\"");
            }

            try (Connection connection = ItDatabase.connect(DATABASE); Statement statement = connection.createStatement()) {
                assertThat(number(statement, "select count(*) from user_account")).as("users: the first administrator, once").isEqualTo(1);
                assertThat(number(statement, "select count(*) from user_account where username = '" + ServerOfItsOwn.ADMINISTRATOR + "'"))
                        .isEqualTo(1);
                assertThat(number(statement, "select count(*) from audit_entry where action = 'user.created'"))
                        .as("the administrator's creation in the audit trail, once").isEqualTo(1);
                Map<String, Long> versions = new TreeMap<>();
                try (ResultSet rs = statement.executeQuery("select key_, count(*) from act_re_procdef group by key_")) {
                    while (rs.next()) {
                        versions.put(rs.getString(1), rs.getLong(2));
                    }
                }
                assertThat(versions).as("each process model deployed once").containsOnlyKeys("changeRequest", "grantAward", "trancheRelease")
                        .allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
                assertThat(number(statement, "select count(*) from act_re_decision_def")).as("the decision table deployed once").isEqualTo(1);
                assertThat(number(statement, "select count(*) from pg_locks l join pg_database d on d.oid = l.database"
                        + " where l.locktype = 'advisory' and d.datname = current_database()"))
                        .as("advisory locks still held, by a connection the servers keep in their pools").isZero();
            }
        } finally {
            for (ServerOfItsOwn node : nodes) {
                node.stop();
            }
            ItDatabase.drop(DATABASE);
        }
    }

    private static long number(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
