package nl.ngf.grants.workflow;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Collectors;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.ServerOfItsOwn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Camunda raised in the build, the production database's engine tables not brought along (the engine creates its
 * tables but never updates them): the server does not start on them, and its log names the script to run; once the
 * operator has run it, the server starts.
 */
@EnabledIfSystemProperty(named = "ngf.it.db", matches = "postgres",
        disabledReason = "checked on the production database; the embedded H2 goes the same way through the same check")
@ExtendWith(ItDatabase.class)
class EngineUpgradeIT {

    private static final String DATABASE = "ngf_it_engine_upgrade";

    @Test
    void aServerDoesNotStartOnEngineTablesOlderThanItsEngineAndSaysWhichScriptBringsThemAlong() throws Exception {
        String engine = ProductPropertiesUtil.getProductVersion();
        String[] parts = engine.split("\\.");
        String previous = parts[0] + "." + (Integer.parseInt(parts[1]) - 1);
        String script = "org/camunda/bpm/engine/db/upgrade/postgres_engine_" + previous + "_to_" + parts[0] + "." + parts[1] + ".sql";
        ItDatabase.recreate(DATABASE);
        ServerOfItsOwn server = new ServerOfItsOwn("ngfUpgrade", 9282, 9645, DATABASE);
        try {
            server.startAndWait();
            assertThat(server.applicationStarted()).as("first start, on a new database").isTrue();
            server.stop();

            // The tables as the engine of the version before left them: its schema log is where a version is recorded.
            try (Connection connection = ItDatabase.connect(DATABASE); Statement statement = connection.createStatement()) {
                assertThat(statement.executeUpdate("update act_ge_schema_log set version_ = '" + previous + ".0'")).isPositive();
            }
            server.startAndWait();
            assertThat(server.applicationFailed()).as("started on tables of Camunda " + previous).isTrue();
            assertThat(server.log()).contains("The process engine's tables in the database are those of Camunda " + previous, script);
            HttpResponse<String> root = server.get("/");
            assertThat(root.statusCode()).as("no login page while the tables are old").isEqualTo(404);
            assertThat(root.body()).doesNotContain("login:username").doesNotContainIgnoringCase("liberty");
            HttpResponse<String> ready = server.get("/health/ready");
            assertThat(ready.statusCode()).as("not ready, so that a load balancer sends no one there: " + ready.body()).isEqualTo(503);
            server.stop();

            // What the operator is told to run, from the engine's jar, and the server starts.
            try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(script);
                 Connection connection = ItDatabase.connect(DATABASE); Statement statement = connection.createStatement()) {
                assertThat(in).as(script).isNotNull();
                String sql = new String(in.readAllBytes(), UTF_8).lines().filter(line -> !line.strip().startsWith("--"))
                        .collect(Collectors.joining("\n"));
                for (String command : sql.split(";")) {
                    if (!command.isBlank()) {
                        statement.execute(command);
                    }
                }
            }
            server.startAndWait();
            assertThat(server.log()).as("after the upgrade script").contains("CWWKZ0001I").doesNotContain("CWWKZ0002E");
            assertThat(server.get("/").statusCode()).isEqualTo(200);
        } finally {
            server.stop();
            ItDatabase.drop(DATABASE);
        }
    }
}
