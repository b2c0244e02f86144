package org.vigie.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hot standby of an embedded PostgreSQL server, streaming from it. The embedded binaries have no
 * {@code pg_basebackup} (and Debian's may be of an older major version, which cannot copy a newer server), so the
 * base backup is taken with PostgreSQL's documented low-level API ("Making a Base Backup Using the Low Level API"):
 * {@code pg_backup_start} and {@code pg_backup_stop} in one session around a copy of the data directory, the
 * returned {@code backup_label} written into the copy, then {@code standby.signal} and {@code primary_conninfo}. A
 * physical replication slot keeps the write-ahead log the standby has not received yet. Operators use
 * {@code pg_basebackup -R} of their server's version (docs/scaling.md).
 */
public final class StreamingReplica implements AutoCloseable {
    /** Files of a running server that a base backup leaves out (PostgreSQL's documentation, same section). */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
    private static final String SLOT = "vigie_test_replica";
    private final EmbeddedPostgres server;

    private StreamingReplica(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Copies {@code primary} (its cluster in {@code primaryData}) into {@code replicaData} and starts it as its standby. */
    public static StreamingReplica of(EmbeddedPostgres primary, Path primaryData, Path replicaData) throws IOException, SQLException {
        try (Connection c = primary.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
            s.execute("SELECT pg_backup_start('vigie-test-replica', true)");
            copy(primaryData, replicaData);
            try (ResultSet rs = s.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
                rs.next();
                Files.writeString(replicaData.resolve("backup_label"), rs.getString(1), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(replicaData.resolve("standby.signal"), "");
        Files.writeString(replicaData.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=localhost port=" + primary.getPort()
                + " user=postgres application_name=vigie_test_replica'\nprimary_slot_name = '" + SLOT + "'\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new StreamingReplica(EmbeddedPostgres.builder().setDataDirectory(replicaData).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!LEFT_OUT.contains(p.getFileName().toString())) {
                    try {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    } catch (java.nio.file.NoSuchFileException gone) {
                        // a temporary file the server removed during the copy: the write-ahead log restores what matters
                    }
                }
            }
        }
        if (!from.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    /** The replica's JDBC address (database {@code postgres}). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    public EmbeddedPostgres server() {
        return server;
    }

    /** Runs {@code sql} on the replica as its superuser ({@code pg_wal_replay_pause()}). */
    public void sql(String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
