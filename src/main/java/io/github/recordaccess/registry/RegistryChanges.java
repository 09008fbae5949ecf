package io.github.recordaccess.registry;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Every change to the registry, one at a time, each in its own transaction. Within this replica the writers queue
 * on a fair semaphore, so that a waiting writer holds no database connection; across replicas they queue on the
 * row lock of {@code registry_revision}, which every change updates first. Each wait is bounded by
 * {@code access.database.lock-wait}, then {@link RegistryChangedException} (409): a busy database is never a 503.
 * A change thus starts from the committed result of the one before it, so the registry holds one whole upload,
 * never a mix, and uploads sharing ODS codes do not collide on the primary key.
 */
@ApplicationScoped
class RegistryChanges {

    /** What a change does inside its transaction, once it holds the registry. */
    interface Work<T> {
        T in(Connection connection) throws SQLException;
    }

    private static final String TAKE_REGISTRY =
            "UPDATE registry_revision SET revision = revision + 1, changed_at = ? WHERE id = 1";
    /** PostgreSQL's lock_not_available. */
    private static final String POSTGRES_LOCK_TIMEOUT = "55P03";
    /** H2's LOCK_TIMEOUT_1. */
    private static final int H2_LOCK_TIMEOUT = 50200;

    private final Semaphore thisReplica = new Semaphore(1, true);
    private final RegistryDataSource database;
    private final DatabaseConfig config;
    private final Clock clock;

    RegistryChanges(RegistryDataSource database, DatabaseConfig config, Clock clock) {
        this.database = database;
        this.config = config;
        this.clock = clock;
    }

    void checkWaits(@Observes StartupEvent start) {
        refuseALockWaitNearTheSocketTimeout(config.lockWait(), config.socketTimeout());
    }

    /**
     * The database answers a lock wait that ends only when the wait does; a socket timeout that came first would
     * turn a registry that is only busy into a 503.
     */
    static void refuseALockWaitNearTheSocketTimeout(Duration lockWait, Duration socketTimeout) {
        if (lockWait.plusSeconds(1).compareTo(socketTimeout) > 0) {
            throw new IllegalStateException("access.database.lock-wait (ACCESS_DATABASE_LOCK_WAIT, " + lockWait
                    + ") must be at least 1 s shorter than access.database.socket-timeout (ACCESS_DATABASE_SOCKET_TIMEOUT, "
                    + socketTimeout + "), or a registry change waiting for another would end as a 503.");
        }
    }

    <T> T apply(String operation, Work<T> work) {
        Duration wait = config.lockWait();
        try {
            if (!thisReplica.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RegistryChangedException(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryChangedException(wait);
        }
        try {
            return inTransaction(operation, work, wait);
        } finally {
            thisReplica.release();
        }
    }

    private <T> T inTransaction(String operation, Work<T> work, Duration wait) {
        try (Connection c = database.connection()) {
            boolean h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
            if (h2) {
                // A session setting (H2's default is 1 s); it does not commit, and the pooled connection keeps it.
                execute(c, "SET LOCK_TIMEOUT " + wait.toMillis());
            }
            c.setAutoCommit(false);
            T result;
            try {
                if (!h2) {
                    execute(c, "SET LOCAL lock_timeout = " + wait.toMillis());
                }
                try (PreparedStatement take = c.prepareStatement(TAKE_REGISTRY)) {
                    take.setTimestamp(1, Timestamp.from(clock.instant()));
                    take.executeUpdate();
                }
                result = work.in(c);
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                throw RegistryUnavailableException.whileCommitting(operation, e);
            }
            return result;
        } catch (SQLException e) {
            if (POSTGRES_LOCK_TIMEOUT.equals(e.getSQLState()) || e.getErrorCode() == H2_LOCK_TIMEOUT) {
                throw new RegistryChangedException(wait);
            }
            throw new RegistryUnavailableException(operation, e);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A rollback on a connection that broke fails too; the first failure is the one to report. */
    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
