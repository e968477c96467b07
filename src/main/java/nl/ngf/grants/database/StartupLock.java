package nl.ngf.grants.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What a server does once per database as it starts (bring the tables up to date, create the engine's tables and
 * deploy its models, create the first users), done by one server at a time. Two servers started together against one
 * new PostgreSQL database, two nodes on their first deployment, otherwise both create the engine's tables, or both its
 * installation record, or both the first administrator, and one of them does not start (seen on 2026-12-07:
 * {@code TwoServersStartIT}). On PostgreSQL an advisory lock, held on a connection of its own while the work runs, so
 * that the work's own transactions have committed before the next server looks at what is there; the embedded H2,
 * which one server has to itself, needs none.
 */
@ApplicationScoped
public class StartupLock {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    /** The lock's number among the database's advisory locks: "NGF-STRT". */
    static final long KEY = 0x4E47462D53545254L;

    /**
     * Unshared, so that the lock is taken and released on one session of the database: with a connection shared with the
     * work's transactions on this thread, the lock outlived the work by minutes (seen on 2026-12-07), held by a session
     * back in the pool, and the other server waited that long.
     */
    @Resource(lookup = "jdbc/ngf", shareable = false)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Runs the work while no other server runs start-up work on this database, waiting for one that does. Called
     * outside a transaction: the lock is to outlast the commits of the transactions the work begins itself.
     */
    public void holding(String what, Runnable work) {
        holding(what, () -> {
            work.run();
            return null;
        });
    }

    /** {@link #holding(String, Runnable)}, for work that gives a result. */
    public <T> T holding(String what, Supplier<T> work) {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("The start-up lock is taken outside a transaction, not inside one (" + what + ")");
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!DatabaseProduct.isPostgres(connection)) {
                return work.get();
            }
            // A lock of the connection's session, not of a transaction: a transaction open on this thread would keep the
            // work from beginning its own. Released by the session's end too, should the server stop.
            if (!locked(connection, "select pg_try_advisory_lock(?)")) {
                LOG.info(() -> "Waiting for another server to finish its start-up on this database before: " + what);
                locked(connection, "select pg_advisory_lock(?)");
            }
            try {
                return work.get();
            } finally {
                locked(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The start-up lock on the database could not be taken or released (" + what + ")", e);
        }
    }

    /** Whether the lock was taken, or released; pg_advisory_lock, which waits for it, says nothing. */
    private static boolean locked(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && Boolean.TRUE.equals(rs.getObject(1));
            }
        }
    }
}
