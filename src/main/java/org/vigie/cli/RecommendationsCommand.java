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

        @Option(names = "--state", paramLabel = "CODE",
                description = "Confirms the State of a list that is not the one Vigie follows (VIGIE_STATE, ML by default): SI.")
        String state;

        @Override
        String badOptions() {
            if (state != null && !state.strip().matches("[A-Za-z]{2}")) {
                return "--state: expected a State's ISO 3166 code of two letters (SI), got " + state;
            }
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
        String hint(org.vigie.errors.InvalidInput refusal) {
            return refusal instanceof org.vigie.tracker.recommendations.OtherState o
                    ? "to import it anyway, run the same command with --state " + o.listState() : null;
        }

        @Override
        Stored store(App app, InputStream in, String name, ImportProgress progress) {
            Tracker.Outcome o = app.tracker().importFile("cli", "local", name, in, progress, state);
            return new Stored("Imported " + o.summary().recommendations() + " recommendations: " + o.added() + " added, "
                    + o.alreadyThere() + " already there.", o.summary().toJson(List.of()), List.of());
        }
    }
}
