package org.vigie.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.db.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Load a backup FILE into an empty database (a new data directory or an empty DATABASE_URL).",
                "The whole file is checked against the backup key (--key FILE) before anything is written."})
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    BackupKeyOption keyOption;
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (App app = App.create(data.config())) {
            Backup.Summary s = new Backup(app.database(), keyOption.forReading(app.config())).restore(file);
            System.out.println("Restored " + s.rows() + " rows in " + s.tables() + " tables from " + file + ".");
            var v = app.audit().verify();
            System.out.println(v.intact() ? "Audit trail intact: " + v.entriesChecked() + " entries."
                    : "WARNING: audit trail broken at entry " + v.firstBrokenId() + ": " + v.problem());
            return v.intact() ? 0 : 1;
        }
    }
}
