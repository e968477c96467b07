package nl.ngf.grants.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the integration tests run against, chosen by failsafe's execution (ngf.it.db = h2 or
 * postgres). For PostgreSQL: skips every integration test, saying why, when the server is not
 * reachable; otherwise gives the run a fresh database once, before the server starts.
 */
public class ItDatabase implements ExecutionCondition, LauncherSessionListener {

    private static volatile String unreachable;

    static boolean isPostgres() {
        return "postgres".equals(System.getProperty("ngf.it.db"));
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!isPostgres()) {
            return;
        }
        String host = env("DB_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("DB_PORT", "5432"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        } catch (IOException e) {
            unreachable = "PostgreSQL is not reachable at " + host + ":" + port + "; the PostgreSQL run of the integration tests is skipped";
            System.out.println("[ngf-grants] " + unreachable);
            return;
        }
        String database = env("DB_NAME", "ngf_it");
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalStateException("Unexpected test database name " + database);
        }
        try {
            recreate(database);
            System.out.println("[ngf-grants] fresh PostgreSQL database " + database + " at " + host + ":" + port);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the PostgreSQL test database " + database, e);
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isPostgres() && unreachable != null) {
            return ConditionEvaluationResult.disabled(unreachable);
        }
        return ConditionEvaluationResult.enabled("database " + System.getProperty("ngf.it.db", "h2"));
    }

    /** A new, empty database of that name on the test PostgreSQL (one left by a run before dropped first). */
    public static void recreate(String database) throws SQLException {
        onServer("drop database if exists " + database + " with (force)", "create database " + database);
    }

    public static void drop(String database) throws SQLException {
        onServer("drop database if exists " + database + " with (force)");
    }

    /** A connection of the test's own to a database on the test PostgreSQL. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
    }

    /** A data source of the test's own for a database on the test PostgreSQL, for Flyway. */
    public static DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url(database));
        dataSource.setUser(env("DB_USER", "postgres"));
        dataSource.setPassword(env("DB_PASSWORD", ""));
        return dataSource;
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/" + database;
    }

    private static void onServer(String... statements) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
