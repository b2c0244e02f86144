package org.vigie.cli;

import java.io.InputStream;
import java.util.List;
import org.vigie.App;
import org.vigie.files.ImportProgress;
import org.vigie.tracker.imports.ImportResult;
import org.vigie.tracker.imports.ImportSummary;
import org.vigie.tracker.imports.RecommendationImporter;
import org.vigie.tracker.recommendations.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
    static final class Import extends ImportCommand {
        @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
        String format;

        @Override
        String badOptions() {
            return format.matches("text|json") ? null : "--format: expected text or json, got " + format;
        }

        @Override
        boolean json() {
            return "json".equals(format);
        }

        @Override
        Read read(InputStream in, String name) {
            ImportResult result = new RecommendationImporter().read(in, name);
            ImportSummary s = result.summary();
            return new Read(result.succeeded(), result.toDryRunJson(),
                    s.recommendations() + " recommendations " + s.positions() + ", " + s.themes() + " themes (nothing written).",
                    List.of(), result.errors());
        }

        @Override
        Stored store(App app, InputStream in, String name, ImportProgress progress) {
            Tracker.Outcome o = app.tracker().importFile("cli", "local", name, in, progress);
            return new Stored("Imported " + o.summary().recommendations() + " recommendations: " + o.added() + " added, "
                    + o.alreadyThere() + " already there.", o.summary().toJson(List.of()), List.of());
        }
    }
}
