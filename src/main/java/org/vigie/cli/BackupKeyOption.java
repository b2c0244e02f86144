package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.vigie.config.Config;
import org.vigie.crypto.BackupKey;
import picocli.CommandLine.Option;

/** Which backup key a command uses: {@code --key FILE}, else {@code VIGIE_BACKUP_KEY}, else {@code DIR/keys/backup.json}. */
final class BackupKeyOption {
    static final String ENV = "VIGIE_BACKUP_KEY";

    @Option(names = "--key", paramLabel = "FILE",
            description = "The backup key (default: the JSON keyset in VIGIE_BACKUP_KEY, else DIR/keys/backup.json).")
    Path file;

    /** The key to write a backup with, generated in the keys folder on first use when none is named. */
    BackupKey forWriting(Config config) throws IOException {
        String env = System.getenv(ENV);
        if (file != null) {
            return BackupKey.loadOrCreate(file);
        }
        return env != null && !env.isBlank() ? BackupKey.parse(env, ENV) : BackupKey.loadOrCreate(defaultFile(config));
    }

    /** The key to read a backup with, which must exist. */
    BackupKey forReading(Config config) throws IOException {
        String env = System.getenv(ENV);
        if (file != null) {
            return BackupKey.load(file);
        }
        return env != null && !env.isBlank() ? BackupKey.parse(env, ENV) : BackupKey.load(defaultFile(config));
    }

    private static Path defaultFile(Config config) {
        return config.dataDir().toAbsolutePath().resolve("keys").resolve("backup.json");
    }
}
