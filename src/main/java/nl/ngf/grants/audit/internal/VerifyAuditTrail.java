package nl.ngf.grants.audit.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.ngf.grants.audit.AuditVerification;

/**
 * The audit trail's verification from the command line, straight against the database and without the
 * application: walks the chain as the screen's *Keten controleren* does, says the same words, and names the
 * first entry that does not match as it reads now. Exit status 0 when the chain is intact, 1 when it is broken,
 * 2 when the database could not be read. The database is chosen as the server's is (DB_KIND, DB_HOST, DB_PORT,
 * DB_NAME, DB_USER, DB_PASSWORD; H2_NAME for the embedded default); Dutch, or English with -Dngf.language=en.
 * <pre>mvn -q compile exec:java@verify-audit-trail</pre>
 */
public final class VerifyAuditTrail {

    /** Entries read at a time. */
    private static final int PAGE = 1000;

    /** The embedded database as {@code mvn liberty:run} keeps it (liberty/db-h2.xml), from the project's folder. */
    private static final String H2_FOLDER = "target/liberty/wlp/usr/servers/ngfServer/data/";

    private VerifyAuditTrail() {
    }

    public static void main(String[] args) {
        Locale language = "en".equalsIgnoreCase(System.getProperty("ngf.language")) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        ResourceBundle words = ResourceBundle.getBundle("nl.ngf.grants.web.messages", language);
        Map<String, String> env = System.getenv();
        boolean postgres = "postgres".equalsIgnoreCase(env.getOrDefault("DB_KIND", "h2"));
        String url = postgres
                ? "jdbc:postgresql://" + env.getOrDefault("DB_HOST", "localhost") + ":" + env.getOrDefault("DB_PORT", "5432") + "/"
                        + env.getOrDefault("DB_NAME", "ngf")
                // IFEXISTS: a database that is not there is said so, rather than made empty and found intact.
                : "jdbc:h2:file:./" + H2_FOLDER + env.getOrDefault("H2_NAME", "ngf") + ";IFEXISTS=TRUE";
        String user = postgres ? env.getOrDefault("DB_USER", "ngf") : "sa";
        String password = postgres ? env.getOrDefault("DB_PASSWORD", "") : "";
        System.out.println(say(words, language, "audit.cli.database", url.replaceFirst(";.*", ""), user));
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            AuditVerification verification = verify(connection);
            System.out.println(describe(verification, words, language));
            if (!verification.intact()) {
                entry(connection, verification.firstBrokenSeq()).ifPresent(entry -> System.out.println(
                        say(words, language, "audit.cli.entryNow", verification.firstBrokenSeq(), entry)));
                System.exit(1);
            }
        } catch (SQLException e) {
            System.out.println(say(words, language, "audit.cli.unreadable", e.getMessage()));
            System.exit(2);
        }
    }

    /** Walks the whole chain as the application's verification does, a page of entries at a time. */
    public static AuditVerification verify(Connection connection) throws SQLException {
        ChainWalk walk = new ChainWalk();
        boolean more = true;
        try (PreparedStatement read = connection.prepareStatement("select seq, recorded_at, actor, action, object_type, object_id, details,"
                + " previous_hash, hash from audit_entry where seq >= ? order by seq")) {
            read.setMaxRows(PAGE);
            while (more) {
                read.setLong(1, walk.expectedSeq());
                int rows = 0;
                boolean going = true;
                try (ResultSet rs = read.executeQuery()) {
                    while (going && rs.next()) {
                        rows++;
                        // Written by the server in UTC (liberty/jvm.options), as a timestamp without a zone.
                        going = walk.next(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                    }
                }
                more = going && rows == PAGE;
            }
        }
        try (PreparedStatement head = connection.prepareStatement("select last_seq, last_hash from audit_head where id = 1");
             ResultSet rs = head.executeQuery()) {
            return rs.next() ? walk.end(rs.getLong(1), rs.getString(2)) : walk.end(-1, "");
        }
    }

    /** The words of the screen's verification for this outcome. */
    static String describe(AuditVerification verification, ResourceBundle words, Locale language) {
        return verification.intact()
                ? say(words, language, "audit.intact", verification.entriesChecked())
                : say(words, language, "audit.broken." + verification.reason(), verification.firstBrokenSeq(), verification.entriesChecked());
    }

    /** A message in the chosen language, its numbers too, whatever the locale of the machine it runs on. */
    static String say(ResourceBundle words, Locale language, String key, Object... arguments) {
        return new MessageFormat(words.getString(key), language).format(arguments);
    }

    /** The entry as it reads now, when it is there at all. */
    private static Optional<String> entry(Connection connection, long seq) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select recorded_at, actor, action, object_type, object_id, details"
                + " from audit_entry where seq = ?")) {
            read.setLong(1, seq);
            try (ResultSet rs = read.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, LocalDateTime.class) + "Z " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4) + " " + rs.getString(5) + " " + rs.getString(6)) : Optional.empty();
            }
        }
    }
}
