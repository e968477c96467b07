package nl.ngf.grants.shared;

import java.sql.SQLException;
import java.util.Locale;

/** What the database refused: which of its constraints a failed write broke, as H2 and PostgreSQL say it. */
public final class Constraints {

    /** SQL state class 23: integrity constraint violation (a unique, foreign key or check constraint). */
    private static final String INTEGRITY_VIOLATION = "23";

    private Constraints() {
    }

    /**
     * Whether the failure is the database refusing a write for breaking the constraint of this name: an SQL exception
     * among its causes of SQL state class 23 that names it (PostgreSQL names the constraint, H2 its index, which
     * starts with the constraint's name; both in any case).
     */
    public static boolean violates(Throwable failure, String constraint) {
        String name = constraint.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(INTEGRITY_VIOLATION)
                    && sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
