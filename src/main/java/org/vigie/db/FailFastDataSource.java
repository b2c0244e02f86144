package org.vigie.db;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The pool as the stores see it: while the supervisor knows the database to be away, a connection is refused
 * at once; while it is thought up, the pool is asked in short slices, so that a request already waiting when
 * the database dies gives up within a slice of the supervisor noticing, not after the pool's whole wait.
 * The connections lent out are remembered, so that when the database is found gone they are aborted: a query
 * sent into a network that went silent would otherwise wait for TCP to give up, which takes hours.
 */
final class FailFastDataSource extends DelegatingDataSource {
    private static final long SLICE_MILLIS = 250;

    private final HikariDataSource pool;
    private final Supplier<DatabaseHealth> health;
    private final long waitMillis;
    private final Set<Connection> lent = ConcurrentHashMap.newKeySet();
    private final Executor aborter = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "db-abort");
        t.setDaemon(true);
        return t;
    });

    FailFastDataSource(HikariDataSource pool, Supplier<DatabaseHealth> health, long waitMillis) {
        super(pool);
        this.pool = pool;
        this.health = health;
        this.waitMillis = waitMillis;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        HikariPool hikari = (HikariPool) pool.getHikariPoolMXBean();
        while (true) {
            DatabaseHealth now = health.get();
            if (!now.isUp()) {
                throw new DatabaseUnavailable("database " + now.describe());
            }
            try {
                return lend(hikari.getConnection(SLICE_MILLIS));
            } catch (SQLTransientConnectionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    private Connection lend(Connection connection) {
        if (lent.size() > 64) {
            lent.removeIf(FailFastDataSource::closed);
        }
        lent.add(connection);
        return connection;
    }

    /**
     * Aborts every connection still lent out (the driver closes its socket, so a query waiting for an answer
     * fails at once); the pool drops each one as broken when it comes back.
     */
    void abortLent() {
        for (Connection c : lent) {
            lent.remove(c);
            if (closed(c)) {
                continue;
            }
            try {
                c.unwrap(Connection.class).abort(aborter);
            } catch (SQLException | RuntimeException e) {
                // already broken: nothing left to abort
            }
        }
    }

    private static boolean closed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
