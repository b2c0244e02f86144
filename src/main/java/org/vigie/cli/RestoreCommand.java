package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditVerification;
import org.vigie.db.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Load a backup FILE into an empty database, Vigie stopped.",
                "Make the empty database first: \"vigie migrate --data NEW\" (or an empty DATABASE_URL).",
                "The whole file is checked against the backup key (--key FILE) before anything is written;",
                "a backup whose audit trail does not verify is refused, unless --accept-broken-audit."})
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    BackupKeyOption keyOption;
    @Parameters(paramLabel = "FILE")
    Path file;
    @Option(names = "--accept-broken-audit",
            description = "Restore even if the backup's audit trail does not verify; recorded as the first audit event after the restore.")
    boolean acceptBrokenAudit;

    @Override
    public Integer call() throws Exception {
        try (App app = App.open(data.config())) {
            Backup.Summary s = new Backup(app.database(), keyOption.forReading(app.config())).restore(file, h -> {
                AuditVerification v = app.audit().verify(h);
                if (v.intact()) {
                    return;
                }
                String broken = "the backup's audit trail is broken at entry " + v.firstBrokenId() + ": " + v.problem();
                if (!acceptBrokenAudit) {
                    throw new IOException(broken + ". Nothing was restored. Check that keys/audit.key (or VIGIE_AUDIT_KEY) "
                            + "is the one of the Vigie that wrote the backup; to restore it anyway, add --accept-broken-audit");
                }
                System.out.println("WARNING: " + broken + "; restored as asked (--accept-broken-audit), and recorded.");
                app.audit().record(h, AuditEvent.of("cli", "audit.broken_restore_accepted", file.getFileName().toString(), "local")
                        .with("first_broken_entry", Long.toString(v.firstBrokenId())).with("problem", v.problem()));
            });
            System.out.println("Restored " + s.rows() + " rows in " + s.tables() + " tables from " + file + ".");
            return 0;
        }
    }
}
