package org.vigie.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The embedded PostgreSQL 17 that Vigie runs by default. Unlike a test database it keeps users'
 * data: fsync and synchronous commit are on, and a server left behind by a killed Vigie is stopped
 * before a new one starts on the same cluster.
 */
final class EmbeddedServer implements AutoCloseable {
    static final String DATABASE = "vigie";

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server on the cluster in {@code directory}, creating the cluster on first use. */
    static EmbeddedServer start(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path cluster = directory.resolve("pgdata");
        StalePostmaster.stopIfRunning(cluster);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "40")
                .setServerConfig("shared_buffers", "32MB")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("postgres.log").toFile()))
                .start();
        EmbeddedServer server = new EmbeddedServer(pg);
        server.createDatabaseIfMissing();
        return server;
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
