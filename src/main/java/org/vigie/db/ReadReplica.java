package org.vigie.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * A streaming replica for heavy reads, as a {@link DataSource} that hands out a replica connection only when the
 * replica has replayed everything the primary had written when the connection was asked for: a read through it
 * never sees older data than the primary would have shown, so a user reads their own write at once. Otherwise
 * (replica down, promoted, or not caught up within the wait) the connection is the primary's.
 *
 * <p>A probe every second measures the lag ({@code pg_last_wal_replay_lsn()} against the primary's
 * {@code pg_current_wal_lsn()}, and the age of the last replayed transaction when the replica has not replayed
 * all it received) for {@code /health}, and keeps reads off a replica that is down or further behind than a read
 * would wait, so that they do not pay the wait each time.
 */
final class ReadReplica extends DelegatingDataSource implements AutoCloseable {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ReadReplica.class);
    private final HikariDataSource pool;
    private final DataSource primary;
    private final Duration maxWait;
    private final Clock clock;
    private final ScheduledExecutorService probe;
    private volatile ReplicaHealth health;

    ReadReplica(HikariDataSource pool, DataSource primary, Duration maxWait, Clock clock) {
        super(pool);
        this.pool = pool;
        this.primary = primary;
        this.maxWait = maxWait;
        this.clock = clock;
        this.health = new ReplicaHealth(ReplicaHealth.Status.DOWN, "not probed yet", Duration.ZERO, 0, clock.instant());
        probeNow();
        this.probe = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "db-replica-probe");
            t.setDaemon(true);
            return t;
        });
        probe.scheduleWithFixedDelay(this::probeNow, 1, 1, TimeUnit.SECONDS);
    }

    ReplicaHealth health() {
        return health;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!health.serves()) {
            return primary.getConnection();
        }
        String written = primaryPosition();
        Connection replica;
        try {
            replica = pool.getConnection();
        } catch (SQLException e) {
            down(e.getMessage());
            return primary.getConnection();
        }
        try {
            if (caughtUp(replica, written)) {
                return replica;
            }
        } catch (SQLException e) {
            down(e.getMessage());
        }
        replica.close();
        return primary.getConnection();
    }

    /** Whether the replica replays past {@code written} within the wait; marks it lagging or down when it does not. */
    private boolean caughtUp(Connection replica, String written) throws SQLException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        try (PreparedStatement ps = replica.prepareStatement(
                "SELECT pg_is_in_recovery(), coalesce(pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn), false)")) {
            ps.setString(1, written);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        down("not a replica (not in recovery): promoted, or DATABASE_REPLICA_URL names a primary");
                        return false;
                    }
                    if (rs.getBoolean(2)) {
                        return true;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    /**
     * The end of the WAL the primary has inserted: every transaction committed by now has its commit record below it.
     * Not {@code pg_current_wal_lsn()}, which is how far WAL is written out: with {@code synchronous_commit} off a
     * commit is visible before its record is written, so a replica caught up to that position could still miss the
     * user's own write (or a summary refresh the read relies on) and answer stale at once.
     */
    private String primaryPosition() throws SQLException {
        try (Connection c = primary.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CAST(pg_current_wal_insert_lsn() AS text)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void down(String reason) {
        if (health.status() != ReplicaHealth.Status.DOWN) {
            LOG.warn("database replica: {}; heavy reads go to the primary until it is back", reason);
            health = new ReplicaHealth(ReplicaHealth.Status.DOWN, reason, Duration.ZERO, 0, clock.instant());
        }
    }

    /** Measures the replica's lag; the probe's only writer of a healthy state. */
    void probeNow() {
        try (Connection r = pool.getConnection(); Statement s = r.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery(), CAST(pg_last_wal_replay_lsn() AS text), "
                     + "CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0 "
                     + "ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000, 0) END")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                down("not a replica (not in recovery): promoted, or DATABASE_REPLICA_URL names a primary");
                return;
            }
            String replayed = rs.getString(2);
            Duration lag = Duration.ofMillis(Math.max(0, Math.round(rs.getDouble(3))));
            long bytes = bytesBehind(replayed);
            ReplicaHealth.Status status = bytes > 0 && lag.compareTo(maxWait) > 0 ? ReplicaHealth.Status.LAGGING : ReplicaHealth.Status.STREAMING;
            if (health.status() != status) {
                LOG.info("database replica: {}", status.name().toLowerCase(java.util.Locale.ROOT));
            }
            health = new ReplicaHealth(status, "", lag, bytes, health.status() == status ? health.since() : clock.instant());
        } catch (SQLException | RuntimeException e) {
            down(e.getMessage());
        }
    }

    private long bytesBehind(String replayed) throws SQLException {
        if (replayed == null) {
            return 0;
        }
        try (Connection c = primary.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT CAST(pg_wal_lsn_diff(pg_current_wal_lsn(), CAST(? AS pg_lsn)) AS bigint)")) {
            ps.setString(1, replayed);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Math.max(0, rs.getLong(1));
            }
        }
    }

    @Override
    public void close() {
        probe.shutdownNow();
        pool.close();
    }

    /** Not a wrapper for the replica's pool: a connection from here may as well be the primary's. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
