package org.vigie.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.ImportResult;
import org.vigie.tracker.RecommendationImporter;
import org.vigie.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recommendations", mixinStandardHelpOptions = true, description = "Recommendations followed by the tracker.",
        subcommands = RecommendationsCommand.Import.class)
final class RecommendationsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import an OHCHR thematic list (.docx) or a UHRI export (.xlsx, .csv), whole or not at all.",
                    "With --dry-run nothing is written: the file is only read and counted."})
    static final class Import implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--dry-run", description = "Read and count, write nothing.")
        boolean dryRun;
        @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
        String format;

        @Override
        public Integer call() throws Exception {
            if (!format.matches("text|json")) {
                System.err.println("vigie: --format: expected text or json, got " + format);
                return TextsCommand.BAD_INPUT;
            }
            byte[] bytes = ImportFile.read(file);
            if (bytes == null) {
                return TextsCommand.BAD_INPUT;
            }
            String name = file.getFileName().toString();
            if (dryRun) {
                return report(new RecommendationImporter().read(bytes, name));
            }
            try (App app = App.create(data.config())) {
                Tracker.Outcome o = app.tracker().importFile("cli", "local", name, bytes);
                System.out.println(json() ? TextsCommand.json(o.summary().toJson(java.util.List.of()))
                        : "Imported " + o.summary().recommendations() + " recommendations: " + o.added() + " added, "
                        + o.alreadyThere() + " already there.");
                return 0;
            } catch (InvalidInput e) {
                return ImportFile.refused(file, e);
            }
        }

        private int report(ImportResult result) throws java.io.IOException {
            if (json()) {
                System.out.println(TextsCommand.json(result.toDryRunJson()));
            } else if (result.succeeded()) {
                var s = result.summary();
                System.out.println(s.recommendations() + " recommendations " + s.positions() + ", " + s.themes() + " themes (nothing written).");
            }
            Messages messages = new Messages();
            for (ImportIssue e : result.errors()) {
                System.err.println("vigie: " + file + ": " + e.where() + ": " + messages.get(Lang.EN, e.messageKey(), e.args().toArray()));
            }
            return result.succeeded() ? 0 : TextsCommand.BAD_INPUT;
        }

        private boolean json() {
            return "json".equals(format);
        }
    }
}
