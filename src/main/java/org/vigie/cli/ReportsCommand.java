package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.App;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.reports.documents.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reports", mixinStandardHelpOptions = true, description = "The Council report.",
        subcommands = {ReportsCommand.Generate.class})
final class ReportsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Write the Council report for a period, all of Mali or one region, as PDF or DOCX.",
                    "Its figures are computed from the data now; the narratives are those written on /reports."})
    static final class Generate implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the period (YYYY-MM-DD).")
        String from;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the period (YYYY-MM-DD).")
        String to;
        @Option(names = "--lang", defaultValue = "fr", paramLabel = "fr|en", description = "Language of the report (default: ${DEFAULT-VALUE}).")
        String lang;
        @Option(names = "--format", required = true, paramLabel = "pdf|docx", description = "pdf or docx.")
        String format;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report.")
        Path out;
        @Option(names = "--region", paramLabel = "PCODE", description = "One region (ML01 to ML09); all of Mali without it.")
        String region;
        @Option(names = "--theme", paramLabel = "THEME", description = "Only the recommendations of this theme.")
        String theme;

        @Override
        public Integer call() throws Exception {
            ReportRequest request;
            try {
                request = ReportRequest.parse(from, to, region, theme, lang);
            } catch (InvalidInput e) {
                System.err.println("vigie: --" + e.field() + ": " + new Messages().get(Lang.EN, e.messageKey(), e.args()));
                return TextsCommand.BAD_INPUT;
            }
            if (!format.equals("pdf") && !format.equals("docx")) {
                System.err.println("vigie: --format: pdf or docx, not \"" + format + "\"");
                return TextsCommand.BAD_INPUT;
            }
            if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
                System.err.println("vigie: --out: no folder " + out.getParent());
                return TextsCommand.BAD_INPUT;
            }
            try (App app = App.attach(data.config())) {
                byte[] report = format.equals("pdf") ? app.reports().pdf("cli", "local", request) : app.reports().docx("cli", "local", request);
                org.vigie.crypto.PrivateFiles.write(out, report);
                System.out.println("Report written to " + out + " (" + report.length + " bytes).");
                return 0;
            } catch (InvalidInput e) {
                System.err.println("vigie: --" + e.field() + ": " + new Messages().get(Lang.EN, e.messageKey(), e.args()));
                return TextsCommand.BAD_INPUT;
            }
        }
    }
}
