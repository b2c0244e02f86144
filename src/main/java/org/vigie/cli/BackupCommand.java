package org.vigie.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.db.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write every table to FILE (a zip), consistently, while Vigie may keep running on an external database.",
                "The keys in DIR/keys are NOT in the backup: keep a copy of them apart, or encrypted fields cannot be read back."})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (App app = App.create(data.config())) {
            Backup.Summary s = new Backup(app.database()).write(file);
            app.audit().record(org.vigie.audit.AuditEvent.of("cli", "backup.written", file.getFileName().toString(), "local")
                    .with("rows", Long.toString(s.rows())));
            System.out.println("Backup written to " + file + ": " + s.tables() + " tables, " + s.rows() + " rows.");
            return 0;
        }
    }
}
