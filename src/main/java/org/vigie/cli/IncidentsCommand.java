package org.vigie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.IncidentFileReader;
import org.vigie.observatory.IncidentImports;
import org.vigie.observatory.Gazetteer;
import org.vigie.files.ImportIssue;
import org.vigie.observatory.IncidentImport;
import org.vigie.observatory.Vocabulary;
import org.vigie.observatory.XlsFormWriter;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "incidents", mixinStandardHelpOptions = true, description = "Incidents of the observatory.",
        subcommands = {IncidentsCommand.XlsForm.class, IncidentsCommand.Import.class})
final class IncidentsCommand implements Runnable {
    /** Who the audit trail names for an import from the command line: an operator on the server. */
    static final Principal COMMAND_LINE = new Principal(0, "cli", Role.ADMINISTRATOR, null, "en");

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "xlsform", mixinStandardHelpOptions = true,
            description = "Write the XLSForm of the incident form, for ODK Central or KoboToolbox.")
    static final class XlsForm implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the .xlsx file.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Files.write(out, new XlsFormWriter(Gazetteer.ochaCodAb2015(), Vocabulary.standard()).write());
            System.out.println("Wrote " + out);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import an ACLED export (.csv) or ODK/Kobo submissions (.csv, .zip, .xlsx, .xml), whole or not at all.",
                    "With --dry-run nothing is written: the file is only read and counted."})
    static final class Import implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--format", description = "acled or odk (default: told by the file)")
        String format;
        @Option(names = "--dry-run", description = "Read and count, write nothing.")
        boolean dryRun;
        @Option(names = "--format-output", defaultValue = "text", description = "text (default) or json")
        String output;

        @Override
        public Integer call() throws IOException {
            if (!output.matches("text|json") || (format != null && !format.matches("acled|odk"))) {
                System.err.println("vigie: expected --format acled|odk and --format-output text|json");
                return TextsCommand.BAD_INPUT;
            }
            byte[] bytes = ImportFile.read(file);
            if (bytes == null) {
                return TextsCommand.BAD_INPUT;
            }
            String name = file.getFileName().toString();
            if (dryRun) {
                return report(new IncidentFileReader(Gazetteer.ochaCodAb2015(), Vocabulary.standard(), Clock.systemUTC())
                        .read(bytes, name, format));
            }
            try (App app = App.create(data.config())) {
                IncidentImports.Outcome o = app.incidentImports().importFile(bytes, name, format, COMMAND_LINE, "local");
                warnings(o.read());
                System.out.println("Imported: " + o.added() + " incidents added, " + o.unchanged() + " already there, "
                        + o.victims() + " victims recorded.");
                return 0;
            } catch (InvalidInput e) {
                return ImportFile.refused(file, e);
            }
        }

        private int report(IncidentImport result) throws IOException {
            if ("json".equals(output)) {
                System.out.println(TextsCommand.json(result.toJson()));
            } else if (result.succeeded()) {
                System.out.println(result.incidents().size() + " incidents, " + result.victims() + " victims described, "
                        + result.warnings().size() + " warnings (nothing written).");
            }
            warnings(result);
            Messages messages = new Messages();
            for (ImportIssue e : result.errors()) {
                System.err.println("vigie: " + file + ": " + e.where() + ": " + messages.get(Lang.EN, e.messageKey(), e.args().toArray()));
            }
            return result.succeeded() ? 0 : TextsCommand.BAD_INPUT;
        }

        private void warnings(IncidentImport result) {
            Messages messages = new Messages();
            for (ImportIssue w : result.warnings()) {
                System.err.println("vigie: " + file + ": " + w.where() + ": warning: " + messages.get(Lang.EN, w.messageKey(), w.args().toArray()));
            }
        }
    }
}
