package org.vigie.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Logical backup and restore through PostgreSQL's COPY, so that it works the same on the embedded
 * and an external server and needs no {@code pg_dump} binary. A backup is one consistent snapshot
 * (a repeatable-read transaction); a restore is one transaction into a database that holds no
 * records yet, and lands whole or not at all.
 */
public final class Backup {
    /** How much a backup or restore moved. */
    public record Summary(int tables, long rows) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFEST = "manifest.json";
    private final Database database;

    public Backup(Database database) {
        this.database = database;
    }

    public Summary write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Summary summary;
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
            summary = database.jdbi().inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ,
                    h -> dump(h, zip));
        } catch (RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("backup failed: " + e.getMessage(), e);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return summary;
    }

    private Summary dump(Handle h, ZipOutputStream zip) throws IOException {
        List<String> tables = Tables.inDependencyOrder(h);
        CopyManager copy = copyManager(h.getConnection());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : tables) {
            zip.putNextEntry(new ZipEntry("tables/" + t + ".copy"));
            counts.put(t, copyOut(copy, t, zip));
            zip.closeEntry();
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", 1);
        manifest.put("schema_version", database.schemaVersion());
        manifest.put("created_at", Instant.now().toString());
        manifest.put("tables", counts);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        return new Summary(tables.size(), counts.values().stream().mapToLong(Long::longValue).sum());
    }

    /** A check of the restored data, run in the restore's transaction before it commits; throwing undoes the restore. */
    @FunctionalInterface
    public interface BeforeCommit {
        void check(Handle h) throws IOException;
    }

    /** Restores {@code file}; refuses if the database already holds accounts or audit entries. */
    public Summary restore(Path file) throws IOException {
        return restore(file, h -> { });
    }

    /** Restores {@code file}, then runs {@code check} on the restored data before committing. */
    public Summary restore(Path file, BeforeCommit check) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry m = zip.getEntry(MANIFEST);
            if (m == null) {
                throw new IOException(file + " is not a Vigie backup (no " + MANIFEST + ")");
            }
            Map<?, ?> manifest = JSON.readValue(zip.getInputStream(m), Map.class);
            String version = String.valueOf(manifest.get("schema_version"));
            if (!version.equals(database.schemaVersion())) {
                throw new IOException("the backup is of schema version " + version + " but this Vigie is at "
                        + database.schemaVersion() + ": restore with the Vigie version that wrote it, then upgrade");
            }
            Map<?, ?> tables = (Map<?, ?>) manifest.get("tables");
            return database.jdbi().inTransaction(h -> {
                Summary loaded = load(h, zip, tables);
                check.check(h);
                return loaded;
            });
        } catch (java.util.zip.ZipException e) {
            throw new IOException(file + " is not a readable backup: " + e.getMessage(), e);
        }
    }

    private static Summary load(Handle h, ZipFile zip, Map<?, ?> tables) throws IOException {
        if (Tables.count(h, "account") > 0 || Tables.count(h, "audit_entry") > 0) {
            throw new IOException("the database already holds records: restore only into an empty one (a new --data directory)");
        }
        List<String> order = Tables.inDependencyOrder(h);
        for (int i = order.size() - 1; i >= 0; i--) {
            if (Tables.count(h, order.get(i)) > 0) {
                h.execute("DELETE FROM " + Tables.quote(order.get(i)));
            }
        }
        CopyManager copy = copyManager(h.getConnection());
        long rows = 0;
        List<String> restored = new ArrayList<>();
        for (String t : order) {
            ZipEntry e = zip.getEntry("tables/" + t + ".copy");
            if (e == null || !tables.containsKey(t)) {
                continue;
            }
            try (InputStream in = zip.getInputStream(e)) {
                rows += copyIn(copy, t, in);
            }
            restored.add(t);
        }
        Tables.resetSequences(h);
        return new Summary(restored.size(), rows);
    }

    private static CopyManager copyManager(Connection c) throws IOException {
        try {
            return c.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static long copyOut(CopyManager copy, String table, OutputStream out) throws IOException {
        try {
            return copy.copyOut("COPY " + Tables.quote(table) + " TO STDOUT", new NonClosing(out));
        } catch (SQLException e) {
            throw new IOException("could not read table " + table + ": " + e.getMessage(), e);
        }
    }

    private static long copyIn(CopyManager copy, String table, InputStream in) throws IOException {
        try {
            return copy.copyIn("COPY " + Tables.quote(table) + " FROM STDIN", in);
        } catch (SQLException e) {
            throw new IOException("could not load table " + table + ": " + e.getMessage(), e);
        }
    }

    /** Lets COPY write into the current zip entry without closing the whole archive. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
