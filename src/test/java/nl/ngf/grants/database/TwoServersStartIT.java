package nl.ngf.grants.database;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.ngf.grants.testsupport.ItDatabase;
import nl.ngf.grants.testsupport.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers of the application, started at the same moment against one new PostgreSQL database, as two nodes
 * behind a load balancer are on their first deployment: each must come up and serve, and what start-up makes in the
 * database (the tables, the engine's tables, the models, the first administrator) is made once. Two servers of their
 * own, from the runtime and the WAR the build made, beside the one the other integration tests use.
 */
@EnabledIfSystemProperty(named = "ngf.it.db", matches = "postgres",
        disabledReason = "the embedded H2 database is one server's own: a second server cannot open it")
@ExtendWith(ItDatabase.class)
class TwoServersStartIT {

    private static final String DATABASE = "ngf_it_two_servers";

    private static final String ADMINISTRATOR = "eerste-beheerder";

    private final Path wlp = Path.of(System.getProperty("ngf.it.wlpHome"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void twoServersStartedAtOnceOnANewDatabaseBothServeAndMakeWhatTheyShareOnce() throws Exception {
        database("drop database if exists " + DATABASE + " with (force)", "create database " + DATABASE);
        List<Node> nodes = List.of(new Node("ngfNodeA", 9280, 9643), new Node("ngfNodeB", 9281, 9644));
        try {
            for (Node node : nodes) {
                node.create();
            }
            List<Process> starting = new ArrayList<>();
            for (Node node : nodes) {
                starting.add(node.start());
            }
            for (Process start : starting) {
                assertThat(start.waitFor(5, TimeUnit.MINUTES)).as("the server start command returned").isTrue();
            }
            for (Node node : nodes) {
                Waiting.upTo(Duration.ofMinutes(5), node.name + " has started the application or said why not")
                        .until(() -> node.log().contains("CWWKZ0001I") || node.log().contains("CWWKZ0002E"));
            }

            for (Node node : nodes) {
                assertThat(node.log()).as(node.name + "'s log: the application started").contains("CWWKZ0001I")
                        .doesNotContain("CWWKZ0002E");
                HttpResponse<String> login = node.get("/");
                assertThat(login.statusCode()).as(node.name + ": the login page").isEqualTo(200);
                assertThat(login.body()).contains("login:username");
                HttpResponse<String> ready = node.get("/health/ready");
                assertThat(ready.statusCode()).as(node.name + ": ready").isEqualTo(200);
                assertThat(ready.body().replace(" ", "")).contains("\"name\":\"process-engine\",\"status\":\"UP\"");
            }

            try (Connection connection = connect(DATABASE); Statement statement = connection.createStatement()) {
                assertThat(number(statement, "select count(*) from user_account")).as("users: the first administrator, once").isEqualTo(1);
                assertThat(number(statement, "select count(*) from user_account where username = '" + ADMINISTRATOR + "'")).isEqualTo(1);
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
            for (Node node : nodes) {
                node.stop();
            }
            database("drop database if exists " + DATABASE + " with (force)");
        }
    }

    /** One server of its own: the test server's configuration and drivers, the built WAR, ports of its own. */
    private final class Node {
        final String name;
        final int httpPort;
        final int httpsPort;
        final Path dir;

        Node(String name, int httpPort, int httpsPort) {
            this.name = name;
            this.httpPort = httpPort;
            this.httpsPort = httpsPort;
            this.dir = wlp.resolve("usr/servers").resolve(name);
        }

        void create() throws IOException {
            delete(dir);
            Path template = wlp.resolve("usr/servers").resolve(System.getProperty("ngf.it.serverName"));
            Files.createDirectories(dir.resolve("dropins"));
            for (String file : List.of("server.xml", "db-h2.xml", "db-postgres.xml", "jvm.options", "server.env")) {
                if (Files.exists(template.resolve(file))) {
                    Files.copy(template.resolve(file), dir.resolve(file));
                }
            }
            try (Stream<Path> drivers = Files.walk(template.resolve("lib"))) {
                for (Path from : drivers.toList()) {
                    Path to = dir.resolve(template.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.copy(Path.of(System.getProperty("ngf.it.war")), dir.resolve("dropins/ngf-grants.war"));
            Files.writeString(dir.resolve("bootstrap.properties"),
                    "default.http.port=" + httpPort + "\ndefault.https.port=" + httpsPort + "\n");
        }

        Process start() throws IOException {
            ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("start.out").toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("NGF_MAIL_") || key.startsWith("H2_"));
            env.put("DB_KIND", "postgres");
            env.put("DB_HOST", env("DB_HOST", "127.0.0.1"));
            env.put("DB_PORT", env("DB_PORT", "5432"));
            env.put("DB_USER", env("DB_USER", "postgres"));
            env.put("DB_PASSWORD", env("DB_PASSWORD", ""));
            env.put("DB_NAME", DATABASE);
            env.put("NGF_INITIAL_ADMIN_USERNAME", ADMINISTRATOR);
            env.put("NGF_INITIAL_ADMIN_PASSWORD", "alleen-voor-de-testdatabase");
            return builder.start();
        }

        String log() throws IOException {
            Path log = dir.resolve("logs/messages.log");
            return Files.exists(log) ? Files.readString(log, UTF_8) : "";
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        void stop() throws IOException, InterruptedException {
            Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stop.waitFor(2, TimeUnit.MINUTES);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void database(String... statements) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/" + database,
                env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
    }

    private static long number(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
