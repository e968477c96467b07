package nl.ngf.grants.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/** The application's own database, for in-container tests that look at it or act on it behind the application's back. */
public final class ServerDatabase {

    private ServerDatabase() {
    }

    public static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("jdbc/ngf");
    }

    /** Asked of the database itself: the test runs inside the server. */
    public static boolean postgres() throws Exception {
        try (Connection c = dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    /**
     * Whether a transaction is waiting for a row another holds locked (on PostgreSQL also for a unique key another has
     * written and not yet committed; H2 refuses such a key at once): for a test that holds a transaction open until a
     * second one, racing it, has come as far as the database lets it.
     */
    public static boolean someoneWaitsForALock() throws Exception {
        return waitingForLocks() > 0;
    }

    /** How many lock requests wait for another transaction's lock (on PostgreSQL), or how many sessions do (on H2). */
    public static long waitingForLocks() throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                     ? "select count(*) from pg_locks where not granted"
                     : "select count(*) from information_schema.sessions where blocker_id is not null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One statement in a transaction of its own, as someone with the database's password could run it. */
    public static void execute(String sql) throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The one text a query answers, read straight from the table. */
    public static String text(String sql) throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The one number a query answers (a count, say), read straight from the table. */
    public static long number(String sql) throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
