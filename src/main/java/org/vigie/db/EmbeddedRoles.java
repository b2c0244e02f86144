package org.vigie.db;

import java.io.IOException;
import java.nio.file.Path;
import org.vigie.crypto.SecretFiles;

/**
 * The three roles of the embedded cluster, with passwords generated on first start and kept in the
 * keys directory (readable by their owner only), never in the database or the configuration:
 * <ul>
 *   <li>{@code postgres}, the bootstrap superuser, used only at start to create the other two and
 *   upgrade a cluster of an earlier version. Kept rather than dropped: a later version may need it
 *   for an upgrade step, and whoever can read this file can read the cluster's files anyway;</li>
 *   <li>{@code vigie_owner}, which owns the database and its objects and runs the migrations;</li>
 *   <li>{@code vigie_app}, which serves: table rights only, see {@link AppGrants}.</li>
 * </ul>
 */
final class EmbeddedRoles {
    static final String SUPERUSER = "postgres";
    static final String OWNER = "vigie_owner";
    static final String APP = "vigie_app";

    private final Path superuserFile;
    private final DatabaseLogin superuser;
    private final DatabaseLogin owner;
    private final DatabaseLogin app;

    private EmbeddedRoles(Path superuserFile, DatabaseLogin superuser, DatabaseLogin owner, DatabaseLogin app) {
        this.superuserFile = superuserFile;
        this.superuser = superuser;
        this.owner = owner;
        this.app = app;
    }

    /** Reads the passwords from {@code keys}, generating those missing. */
    static EmbeddedRoles load(Path keys) throws IOException {
        Path superuserFile = superuserFile(keys);
        return new EmbeddedRoles(superuserFile,
                new DatabaseLogin(SUPERUSER, SecretFiles.loadOrCreatePassword(superuserFile)),
                new DatabaseLogin(OWNER, SecretFiles.loadOrCreatePassword(keys.resolve("postgres-owner.password"))),
                new DatabaseLogin(APP, SecretFiles.loadOrCreatePassword(keys.resolve("postgres-app.password"))));
    }

    static Path superuserFile(Path keys) {
        return keys.resolve("postgres-superuser.password");
    }

    /** The file that holds the superuser's password alone, which {@code initdb --pwfile} reads. */
    Path superuserFile() {
        return superuserFile;
    }

    DatabaseLogin superuser() {
        return superuser;
    }

    DatabaseLogin owner() {
        return owner;
    }

    DatabaseLogin app() {
        return app;
    }
}
