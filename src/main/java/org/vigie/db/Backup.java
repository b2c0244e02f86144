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
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.vigie.crypto.BackupKey;
import org.vigie.crypto.PrivateFiles;

/**
 * Logical backup and restore through PostgreSQL's COPY, so that it works the same on the embedded
 * and an external server and needs no {@code pg_dump} binary. A backup is one consistent snapshot
 * (a repeatable-read transaction), zipped and encrypted as it is written with a {@link BackupKey}
 * (nothing of it is readable without the key, not even the names of its tables), into a file of mode
 * 0600. A restore reads the whole file once to check that it authenticates under the key before
 * anything is written, then loads it in one transaction into a database that holds no records yet:
 * it lands whole or not at all.
 */
public final class Backup {
    /** How much a backup or restore moved. */
    public record Summary(int tables, long rows) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFEST = "manifest.json";
    private static final String TABLES = "tables/";
    private static final String COPY = ".copy";
    private final Database database;
    private final BackupKey key;

    public Backup(Database database, BackupKey key) {
        this.database = database;
        this.key = key;
    }

    public Summary write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        PrivateFiles.restrict(tmp);
        Summary summary;
        try (OutputStream out = key.encrypting(Files.newOutputStream(tmp)); ZipOutputStream zip = new ZipOutputStream(out)) {
            summary = database.jdbi().inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ,
                    h -> dump(h, zip));
        } catch (IOException | RuntimeException e) {
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
            zip.putNextEntry(new ZipEntry(TABLES + t + COPY));
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

    /**
     * Restores {@code file}; refuses, before writing anything, a file that does not authenticate under
     * the key (another key, altered, cut short), and a database that already holds accounts or audit entries.
     */
    public Summary restore(Path file) throws IOException {
        return restore(file, h -> { });
    }

    /** Restores {@code file} as {@link #restore(Path)} does, then runs {@code check} on the restored data before committing. */
    public Summary restore(Path file, BeforeCommit check) throws IOException {
        Map<?, ?> manifest = verify(file);
        String version = String.valueOf(manifest.get("schema_version"));
        if (!version.equals(database.schemaVersion())) {
            throw new IOException("the backup is of schema version " + version + " but this Vigie is at "
                    + database.schemaVersion() + ": restore with the Vigie version that wrote it, then upgrade");
        }
        Map<?, ?> tables = (Map<?, ?>) manifest.get("tables");
        try (InputStream in = open(file); ZipInputStream zip = new ZipInputStream(in)) {
            return database.jdbi().inTransaction(h -> {
                Summary loaded = load(h, zip, tables);
                check.check(h);
                return loaded;
            });
        }
    }

    /** Reads the whole file through the decryption, so that every segment is authenticated; returns its manifest. */
    private Map<?, ?> verify(Path file) throws IOException {
        Map<?, ?> manifest = null;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = open(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(MANIFEST)) {
                    manifest = JSON.readValue(zip.readAllBytes(), Map.class);
                } else {
                    while (zip.read(buffer) >= 0) {
                        // authenticating, segment by segment
                    }
                }
            }
            while (in.read(buffer) >= 0) {
                // the end of the stream, past the zip's directory, authenticates the last segment
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException(file + " is not a readable backup: " + e.getMessage(), e);
        }
        if (manifest == null) {
            throw new IOException(file + " is not a Vigie backup (no " + MANIFEST + ")");
        }
        return manifest;
    }

    private InputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a readable backup: no such file");
        }
        return key.decrypting(new java.io.BufferedInputStream(Files.newInputStream(file)), file.toString());
    }

    /** Loads the tables in the order the backup holds them, which is their order of dependency when it was written. */
    private static Summary load(Handle h, ZipInputStream zip, Map<?, ?> tables) throws IOException {
        if (Tables.count(h, "account") > 0 || Tables.count(h, "audit_entry") > 0) {
            throw new IOException("the database already holds records: restore only into an empty one (a new data directory: \"vigie migrate --data NEW\", then restore into NEW)");
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
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName();
            if (!name.startsWith(TABLES) || !name.endsWith(COPY)) {
                continue;
            }
            String t = name.substring(TABLES.length(), name.length() - COPY.length());
            if (order.contains(t) && tables.containsKey(t)) {
                rows += copyIn(copy, t, zip);
                restored.add(t);
            }
        }
        Tables.resetSequences(h);
        // The fingerprints describe the keys of the installation that started on this database, not the
        // backup's: the next start records those of the keys the restoring operator brought (KeyFingerprints).
        h.execute("DELETE FROM key_fingerprint");
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
            return copy.copyIn("COPY " + Tables.quote(table) + " FROM STDIN", new NonClosingInput(in));
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

    /** Lets COPY read the current zip entry to its end without closing the whole archive. */
    private static final class NonClosingInput extends java.io.FilterInputStream {
        NonClosingInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the archive stays open for the next entry
        }
    }
}
