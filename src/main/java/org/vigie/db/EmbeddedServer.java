package org.vigie.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded PostgreSQL 17 that Vigie runs by default. Unlike a test database it keeps users'
 * data: fsync and synchronous commit are on, and a server left behind by a killed Vigie is stopped
 * before a new one starts on the same cluster.
 */
final class EmbeddedServer implements AutoCloseable {
    static final String DATABASE = "vigie";

    private final Path directory;
    // Replaced by restart(), read by the supervisor's thread and by the pool's connections.
    private volatile EmbeddedPostgres postgres;

    private EmbeddedServer(Path directory, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.postgres = postgres;
    }

    /** Starts the server on the cluster in {@code directory}, creating the cluster on first use. */
    static EmbeddedServer start(Path directory) throws IOException {
        EmbeddedServer server = new EmbeddedServer(directory, launch(directory, 0));
        server.createDatabaseIfMissing();
        return server;
    }

    /**
     * Starts the server again on the same cluster and port after it died (crash recovery replays the WAL),
     * so that the pool's URL stays valid. A postmaster still holding the cluster is stopped first.
     */
    synchronized void restart() throws IOException {
        int port = postgres.getPort();
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // The old server is dead: its stop fails, but its lock on the directory is released all the same.
        }
        Path cluster = directory.resolve("pgdata");
        StalePostmaster.stopIfRunning(cluster);
        // A start that failed half-way leaves its lock on this file held in this JVM for good; a new file
        // (a new inode) is a new lock. Only this Vigie can be here: it holds the data directory's lock.
        Files.deleteIfExists(cluster.resolve("epg-lock"));
        postgres = launch(directory, port);
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
            String[] lines = new String(tail, java.nio.charset.StandardCharsets.UTF_8).split("\n");
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

    /** {@code port} 0 picks a free one. */
    private static EmbeddedPostgres launch(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        Path cluster = directory.resolve("pgdata");
        StalePostmaster.stopIfRunning(cluster);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port > 0) {
            builder.setPort(port);
        }
        return builder
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "40")
                .setServerConfig("shared_buffers", "32MB")
                // A failed statement's ERROR line can quote a value ("invalid input syntax ...: <value>"), and
                // the statement logged after it is Vigie's to name: neither goes to the server's log. LOG,
                // FATAL and PANIC lines (start, recovery, a full disk) still do.
                .setServerConfig("log_min_messages", "log")
                .setServerConfig("log_min_error_statement", "panic")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("postgres.log").toFile()))
                .start();
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IOException("could not create the database '" + DATABASE + "': " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
