package org.vigie.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.crypto.PrivateFiles;

/**
 * The embedded PostgreSQL 17 that Vigie runs by default. Unlike a test database it keeps users'
 * data: fsync and synchronous commit are on, and a server left behind by a killed Vigie is stopped
 * before a new one starts on the same cluster. It lets nobody in without a password: it listens on
 * loopback and on a socket in its own 0700 folder, and every rule of {@code pg_hba.conf} asks for
 * SCRAM-SHA-256 ({@link HostBasedAccess}); its roles are those of {@link EmbeddedRoles}.
 */
final class EmbeddedServer implements AutoCloseable {
    static final String DATABASE = "vigie";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    /** {@code sun_path} holds 108 bytes with its final NUL; PostgreSQL refuses to start on a longer socket path. */
    private static final int MAX_SOCKET_PATH = 107;
    private static final Duration REAP_WAIT = Duration.ofSeconds(10);

    /**
     * What keeps row values out of the server's log: a failed statement is not logged (its text holds
     * the values), and an error is logged without its DETAIL (which names the duplicate key's value).
     */
    static final Map<String, String> QUIET_LOG = Map.of(
            "log_error_verbosity", "terse",
            "log_min_error_statement", "panic",
            "log_statement", "none",
            "log_min_duration_statement", "-1");

    private final Path directory;
    // Replaced by restart(), read by the supervisor's thread and by the pool's connections.
    private volatile EmbeddedPostgres postgres;
    private final EmbeddedRoles roles;

    private EmbeddedServer(Path directory, EmbeddedPostgres postgres, EmbeddedRoles roles) {
        this.directory = directory;
        this.postgres = postgres;
        this.roles = roles;
    }

    /**
     * Starts the server on the cluster in {@code directory}, creating the cluster on first use (with a
     * password for its superuser from the start), and upgrading in place a cluster an earlier version
     * left open to anyone on the machine.
     */
    static EmbeddedServer start(Path directory, Path keys) throws IOException {
        PrivateFiles.directory(directory);
        Path cluster = directory.resolve("pgdata");
        StalePostmaster.stopIfRunning(cluster);
        boolean exists = Files.exists(cluster.resolve("postgresql.conf"));
        boolean trusting = exists && HostBasedAccess.isTrusting(cluster);
        if (exists && !trusting && !Files.exists(EmbeddedRoles.superuserFile(keys))) {
            throw new IOException("the embedded database asks for passwords, but " + EmbeddedRoles.superuserFile(keys)
                    + " is missing: copy the keys folder back from its copy");
        }
        EmbeddedRoles roles = EmbeddedRoles.load(keys);
        if (exists && !trusting) {
            HostBasedAccess.write(cluster);
        }
        EmbeddedServer server = new EmbeddedServer(directory, launch(directory, roles, 0), roles);
        try {
            server.secure(cluster, trusting);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Starts the server again on the same cluster and port after it died (crash recovery replays the WAL),
     * so that the pool's URL stays valid. A postmaster still holding the cluster is stopped first. A dead one is
     * not: zonky's stop would spend a second running {@code pg_ctl} only to fail, and all it would release is its
     * lock on {@code epg-lock}, which the new file below replaces (the old lock's descriptor stays open, one per
     * crash, until Vigie exits).
     */
    synchronized void restart() throws IOException {
        int port = postgres.getPort();
        Path cluster = directory.resolve("pgdata");
        if (postmaster().isPresent()) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                // Its stop failed; the stale postmaster is stopped below all the same.
            }
            StalePostmaster.stopIfRunning(cluster);
        }
        awaitReaped(cluster);
        // A start that failed half-way leaves its lock on this file held in this JVM for good; a new file
        // (a new inode) is a new lock. Only this Vigie can be here: it holds the data directory's lock.
        Files.deleteIfExists(cluster.resolve("epg-lock"));
        postgres = launch(directory, roles, port);
    }

    /**
     * Waits for a killed postmaster to be reaped: until then its pid still exists (a zombie), and a new postmaster
     * refuses the cluster ("lock file postmaster.pid already exists"). Whoever adopted it reaps it, usually within
     * a second; a start attempted before would fail only after zonky's whole start-up wait.
     */
    private static void awaitReaped(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException e) {
            return;
        }
        long deadline = System.nanoTime() + REAP_WAIT.toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the stopped postgres (pid " + pid + ") has not been reaped by its parent yet");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the stopped postgres to be reaped", e);
            }
        }
    }

    /**
     * The port of the postmaster running on the cluster in {@code directory}, if one runs: the fourth line of
     * its {@code postmaster.pid}, as PostgreSQL writes it.
     */
    static Optional<Integer> runningPort(Path directory) throws IOException {
        Path cluster = directory.resolve("pgdata");
        if (StalePostmaster.find(cluster).isEmpty()) {
            return Optional.empty();
        }
        java.util.List<String> lines = Files.readAllLines(cluster.resolve("postmaster.pid"));
        try {
            return lines.size() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(3).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code directory} holds a cluster (initdb ran there). */
    static boolean exists(Path directory) {
        return Files.exists(directory.resolve("pgdata").resolve("PG_VERSION"));
    }

    /** The running postmaster, as named by the cluster's {@code postmaster.pid}. */
    Optional<ProcessHandle> postmaster() throws IOException {
        return StalePostmaster.find(directory.resolve("pgdata"));
    }

    /**
     * The server's last FATAL or PANIC line ("could not write to file ...: No space left on device"), which
     * says why a start failed better than the driver's "gave up waiting"; only the recent end of the log is read.
     */
    Optional<String> lastComplaint() {
        Path log = directory.resolve("postgres.log");
        try (var file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(0, file.length() - 16_384);
            byte[] tail = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(tail);
            String[] lines = new String(tail, StandardCharsets.UTF_8).split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                int at = Math.max(lines[i].indexOf("FATAL:"), lines[i].indexOf("PANIC:"));
                if (at >= 0) {
                    return Optional.of(lines[i].substring(at).trim());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Starts the postmaster on the cluster; {@code port} 0 picks a free one. */
    private static EmbeddedPostgres launch(Path directory, EmbeddedRoles roles, int port) throws IOException {
        Path cluster = directory.resolve("pgdata");
        Path log = directory.resolve("postgres.log");
        if (!Files.exists(log)) {
            Files.createFile(log);
        }
        PrivateFiles.restrict(log);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port > 0) {
            builder.setPort(port);
        }
        builder.setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Loopback only: zonky checks that the server is up through TCP, so the socket cannot be the only way in.
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("unix_socket_permissions", "0700")
                .setServerConfig("max_connections", "40")
                .setServerConfig("shared_buffers", "32MB")
                // LOG, FATAL and PANIC lines (start, recovery, a full disk) go to the log; see QUIET_LOG for the rest.
                .setServerConfig("log_min_messages", "log")
                .setLocaleConfig("encoding", "UTF8")
                // zonky runs "initdb -A trust"; initdb takes the last of its options, so these make a new
                // cluster ask for passwords from its first start, the superuser's read from the keys folder.
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setLocaleConfig("auth-host", "scram-sha-256")
                .setLocaleConfig("pwfile", roles.superuserFile().toAbsolutePath().toString())
                .setConnectConfig("password", roles.superuser().password())
                .setConnectConfig("logServerErrorDetail", "false")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.setServerConfig("unix_socket_directories", socketDirectory(directory));
        QUIET_LOG.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        // zonky's own lock file, empty, is the one file of the cluster that postgres does not make private.
        PrivateFiles.restrict(cluster.resolve("epg-lock"));
        return postgres;
    }

    /** The socket's folder, or none (loopback only) when its path would be too long for a socket. */
    private static String socketDirectory(Path directory) {
        String dir = directory.toAbsolutePath().toString();
        if ((dir + "/.s.PGSQL.65535").getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            LOG.info("the path {} is too long for a Unix socket: the embedded database listens on loopback only", dir);
            return "''";
        }
        return "'" + dir.replace("'", "''") + "'";
    }

    private void secure(Path cluster, boolean trusting) throws IOException {
        try {
            ClusterSetup.rolesAndDatabase(postgres.getPostgresDatabase(), roles, DATABASE);
            int moved = ClusterSetup.transferOwnership(superuser(DATABASE));
            if (moved > 0) {
                LOG.info("database objects of an earlier version given to {}: {}", EmbeddedRoles.OWNER, moved);
            }
            if (trusting) {
                HostBasedAccess.write(cluster);
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("SELECT pg_reload_conf()");
                }
                LOG.warn("the embedded database let anyone on this machine in without a password: roles {} and {} created, "
                        + "pg_hba.conf now asks for passwords", EmbeddedRoles.OWNER, EmbeddedRoles.APP);
            }
        } catch (SQLException e) {
            throw new IOException("could not set up the roles of the embedded database: " + e.getMessage(), e);
        }
    }

    /** A connection source to {@code database} as the bootstrap superuser. */
    DataSource superuser(String database) {
        return source(roles.superuser(), database);
    }

    /** A connection source to Vigie's database as {@code login}. */
    DataSource source(DatabaseLogin login, String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {postgres.getPort()});
        ds.setDatabaseName(database);
        ds.setUser(login.user());
        ds.setPassword(login.password());
        ds.setLogServerErrorDetail(false);
        return ds;
    }

    EmbeddedRoles roles() {
        return roles;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
