package org.vigie.cli;

import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.audit.AuditVerification;
import org.vigie.audit.Checkpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.CheckpointNow.class, AuditCommand.PublicKey.class})
final class AuditCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the whole chain and the signed checkpoints; exit 1 and name the first broken entry or the missing range.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() throws Exception {
            try (App app = App.attach(data.config())) {
                AuditVerification v = app.audit().verify();
                String anchor = v.lastCheckpoint() == null ? "no signed checkpoint yet"
                        : "the last signed checkpoint (" + v.lastCheckpoint().at() + ") covers " + v.checkpointCovers() + " entries";
                if (v.intact()) {
                    System.out.println("Audit trail intact: " + v.entriesChecked() + " entries checked; " + anchor + ".");
                    return 0;
                }
                System.out.println("Audit trail BROKEN at entry " + v.firstBrokenId() + ": " + v.problem()
                        + " (" + v.entriesChecked() + " entries before it hold); " + anchor + ".");
                return 1;
            }
        }
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true,
            description = "Write a signed checkpoint now (Vigie stopped), if entries were added since the last one.")
    static final class CheckpointNow implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() throws Exception {
            try (App app = App.open(data.config())) {
                var written = app.audit().checkpoint();
                Checkpoint c = written.or(() -> app.audit().latestCheckpoint()).orElse(null);
                System.out.println(c == null ? "No entry to anchor yet."
                        : (written.isPresent() ? "Checkpoint written: " : "Nothing new since checkpoint ") + c.summary());
                return 0;
            }
        }
    }

    @Command(name = "public-key", mixinStandardHelpOptions = true,
            description = "Print the public key (Tink JSON keyset) that checks the checkpoints' signatures, to keep apart from the server.")
    static final class PublicKey implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Override
        public Integer call() throws Exception {
            try (App app = App.attach(data.config())) {
                System.out.println(app.audit().checkpointPublicKey());
                return 0;
            }
        }
    }
}
