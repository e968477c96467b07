package nl.ngf.grants.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which of the two databases the application runs on, as the database says of itself: PostgreSQL or the embedded H2. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
