package org.vigie.db;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as the stores see it: while the supervisor knows the database to be away, a connection is refused
 * at once; while it is thought up, the pool is asked in short slices, so that a request already waiting when
 * the database dies gives up within a slice of the supervisor noticing, not after the pool's whole wait.
 */
final class FailFastDataSource implements DataSource {
    private static final long SLICE_MILLIS = 250;

    private final HikariDataSource pool;
    private final Supplier<DatabaseHealth> health;
    private final long waitMillis;

    FailFastDataSource(HikariDataSource pool, Supplier<DatabaseHealth> health, long waitMillis) {
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
                return hikari.getConnection(SLICE_MILLIS);
            } catch (SQLTransientConnectionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's credentials are fixed");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
