package org.vigie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.files.ImportProgress;
import org.vigie.observatory.imports.IncidentFileReader;
import org.vigie.observatory.imports.IncidentImports;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.imports.IncidentImport;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.observatory.forms.XlsFormWriter;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
            org.vigie.crypto.PrivateFiles.write(out, new XlsFormWriter(Gazetteer.ochaCodAb2015(), Vocabulary.standard()).write());
            System.out.println("Wrote " + out);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import an ACLED export (.csv) or ODK/Kobo submissions (.csv, .zip, .xlsx, .xml), whole or not at all.",
                    "With --dry-run nothing is written: the file is only read and counted."})
    static final class Import extends ImportCommand {
        @Option(names = "--format", description = "acled or odk (default: told by the file)")
        String format;
        @Option(names = "--format-output", defaultValue = "text", description = "text (default) or json")
        String output;

        @Override
        String badOptions() {
            return output.matches("text|json") && (format == null || format.matches("acled|odk")) ? null
                    : "expected --format acled|odk and --format-output text|json";
        }

        @Override
        boolean json() {
            return "json".equals(output);
        }

        @Override
        Read read(InputStream in, String name) {
            IncidentImport result = new IncidentFileReader(Gazetteer.ochaCodAb2015(), Vocabulary.standard(), Clock.systemUTC())
                    .read(in, name, format);
            return new Read(result.succeeded(), result.toJson(), result.incidents().size() + " incidents, " + result.victims()
                    + " victims described, " + result.warnings().size() + " warnings (nothing written).",
                    result.warnings(), result.errors());
        }

        /** A real import prints its counts as text whatever {@code --format-output} says, as it always has. */
        @Override
        Stored store(App app, InputStream in, String name, ImportProgress progress) {
            IncidentImports.Outcome o = app.incidentImports().importFile(in, name, format, COMMAND_LINE, "local", progress);
            return new Stored("Imported: " + o.added() + " incidents added, " + o.unchanged() + " already there, "
                    + o.victims() + " victims recorded.", null, o.read().warnings());
        }
    }
}
