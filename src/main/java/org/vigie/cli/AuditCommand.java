package org.vigie.cli;

import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit trail.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the whole hash chain; exit 1 and name the first broken entry if it does not hold.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() throws Exception {
            try (App app = App.create(data.config())) {
                AuditVerification v = app.audit().verify();
                if (v.intact()) {
                    System.out.println("Audit trail intact: " + v.entriesChecked() + " entries checked.");
                    return 0;
                }
                System.out.println("Audit trail BROKEN at entry " + v.firstBrokenId() + ": " + v.problem()
                        + " (" + v.entriesChecked() + " entries before it hold).");
                return 1;
            }
        }
    }
}
