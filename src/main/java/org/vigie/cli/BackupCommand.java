package org.vigie.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.crypto.BackupKey;
import org.vigie.db.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write every table to FILE, consistently, encrypted with the backup key (mode 0600).",
                "Vigie may keep running: the command then reads the running server's database.",
                "The backup key is created in DIR/keys/backup.json at the first backup: keep a copy of it apart from the server, or the backups cannot be read.",
                "The other keys in DIR/keys are NOT in the backup either: keep a copy of them apart, or encrypted fields cannot be read back."})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    BackupKeyOption keyOption;
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (App app = App.attach(data.config())) {
            BackupKey key = keyOption.forWriting(app.config());
            Backup.Summary s = new Backup(app.database(), key).write(file);
            app.audit().record(org.vigie.audit.AuditEvent.of("cli", "backup.written", file.getFileName().toString(), "local")
                    .with("rows", Long.toString(s.rows())).with("backup_key", key.id()));
            System.out.println("Backup written to " + file + ": " + s.tables() + " tables, " + s.rows() + " rows.");
            System.out.println("Encrypted with backup key " + key.id() + " (" + key.source() + "): keep a copy of that key "
                    + "apart from the server and the backups; without it this backup cannot be read.");
            return 0;
        }
    }
}
