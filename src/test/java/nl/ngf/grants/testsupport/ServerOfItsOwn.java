package nl.ngf.grants.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server of the application of a test's own, beside the one the Arquillian tests use: the test server's configuration
 * and JDBC drivers, the WAR the build made, ports of its own, against a PostgreSQL database of the test's choosing, started
 * and stopped with Open Liberty's own {@code server} command. For what only servers starting can show.
 */
public final class ServerOfItsOwn {

    /** The first administrator every such server is told to create on a database without users. */
    public static final String ADMINISTRATOR = "eerste-beheerder";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    public final String name;
    private final int httpPort;
    private final int httpsPort;
    private final String database;
    private final Path wlp = Path.of(System.getProperty("ngf.it.wlpHome"));
    private final Path dir;

    /** A server created anew (what a run before left of it removed), not started yet. */
    public ServerOfItsOwn(String name, int httpPort, int httpsPort, String database) throws IOException {
        this.name = name;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.database = database;
        this.dir = wlp.resolve("usr/servers").resolve(name);
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
        Files.writeString(dir.resolve("bootstrap.properties"), "default.http.port=" + httpPort + "\ndefault.https.port=" + httpsPort + "\n");
    }

    /** Starts the server; the returned process ends when the server has started (the application possibly not yet). */
    public Process start() throws IOException {
        Files.deleteIfExists(dir.resolve("logs/messages.log"));
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name)
                .redirectErrorStream(true).redirectOutput(dir.resolve("start.out").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("NGF_MAIL_") || key.startsWith("H2_"));
        env.put("DB_KIND", "postgres");
        env.put("DB_HOST", ItDatabase.env("DB_HOST", "127.0.0.1"));
        env.put("DB_PORT", ItDatabase.env("DB_PORT", "5432"));
        env.put("DB_USER", ItDatabase.env("DB_USER", "postgres"));
        env.put("DB_PASSWORD", ItDatabase.env("DB_PASSWORD", ""));
        env.put("DB_NAME", database);
        env.put("NGF_INITIAL_ADMIN_USERNAME", ADMINISTRATOR);
        env.put("NGF_INITIAL_ADMIN_PASSWORD", "alleen-voor-de-testdatabase");
        return builder.start();
    }

    /** Starts the server and waits until its application has started, or failed to. */
    public void startAndWait() throws IOException, InterruptedException {
        Process start = start();
        if (!start.waitFor(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException(name + ": the server start command did not return");
        }
        awaitApplication();
    }

    /** Waits until the log says the application started, or that it did not. */
    public void awaitApplication() {
        Waiting.upTo(Duration.ofMinutes(5), name + " has started the application or said why not")
                .until(() -> applicationStarted() || applicationFailed());
    }

    public boolean applicationStarted() throws IOException {
        return log().contains("CWWKZ0001I");
    }

    public boolean applicationFailed() throws IOException {
        return log().contains("CWWKZ0002E");
    }

    /** The server's messages.log since its last start. */
    public String log() throws IOException {
        Path log = dir.resolve("logs/messages.log");
        return Files.exists(log) ? Files.readString(log, UTF_8) : "";
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public void stop() throws IOException, InterruptedException {
        Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        stop.waitFor(2, TimeUnit.MINUTES);
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
}
