package org.vigie.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.reports.documents.ReportRequest;

/**
 * The Council report at scale, run by {@code bench/report}: N synthetic incidents (default 1,000,000, over
 * 2012 to 2026, {@link IncidentGenerator}) and M recommendations (default 250,000, generated in SQL), then the
 * report's figures alone, the PDF and the DOCX, for one year of all of Mali, one year of one region and the
 * whole range. Not a test: figures depend on the machine. Options: {@code --incidents N},
 * {@code --recommendations M}, {@code --runs N} (default 3), {@code --record docs/benchmarks.md}.
 */
public final class ReportBench {
    private static final String BEGIN = "<!-- bench:report:begin -->";
    private static final String END = "<!-- bench:report:end -->";

    public static void main(String[] args) throws Exception {
        ScaleOptions options = ScaleOptions.parse(args, Map.of("incidents", 1_000_000, "recommendations", 250_000, "runs", 3));
        int incidents = options.count("incidents");
        int recommendations = options.count("recommendations");
        int runs = options.count("runs");
        Path record = options.record();
        int n = incidents;
        int m = recommendations;
        String loadBefore = Machine.currentLoadAverage();
        Machine machine = Machine.describe();
        Path dir = Files.createTempDirectory("vigie-reportbench");
        StringBuilder md = new StringBuilder();
        try (App app = App.create(Config.of(dir, "localhost", 0, false, Map.of()))) {
            Jdbi jdbi = app.database().jdbi();
            long t0 = System.nanoTime();
            jdbi.useHandle(h -> IncidentGenerator.generate(h, app.observatory().gazetteer(), n));
            jdbi.useHandle(h -> recommendations(h, m));
            jdbi.useHandle(h -> h.execute("VACUUM ANALYZE"));
            progress("generated in " + seconds(System.nanoTime() - t0));
            List<String> rows = new ArrayList<>();
            for (String[] c : new String[][] {{"2025-01-01", "2025-12-31", null}, {"2025-01-01", "2025-12-31", "ML05"},
                    {"2012-01-01", "2026-12-31", null}}) {
                ReportRequest fr = ReportRequest.parse(c[0], c[1], c[2], null, "fr");
                String what = c[0] + " to " + c[1] + (c[2] == null ? ", all of Mali" : ", region " + c[2]);
                rows.add(row(what + ": figures only (`Reports.build`)", runs, () -> app.reports().build(fr).parts().size()));
                rows.add(row(what + ": PDF", runs, () -> app.reports().pdf("bench", "127.0.0.1", fr).length));
                rows.add(row(what + ": DOCX", runs, () -> app.reports().docx("bench", "127.0.0.1", fr).length));
            }
            long count = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM incident").mapTo(Long.class).one());
            long recs = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM recommendation").mapTo(Long.class).one());
            md.append("Measured ").append(machine.date()).append(" on ").append(machine.processors()).append(" processors (").append(machine.cpu())
                    .append("), ").append(machine.memoryMib()).append(" MiB, ").append(machine.java()).append(", load average ")
                    .append(loadBefore).append(" before and ").append(Machine.currentLoadAverage()).append(" after; ")
                    .append(String.format(Locale.ROOT, "%,d", count)).append(" incidents, ").append(String.format(Locale.ROOT, "%,d", recs))
                    .append(" recommendations; median of ").append(runs).append(" runs after one warm-up (goal: under 10 s).\n\n")
                    .append("| report | median | slowest |\n| --- | ---: | ---: |\n");
            rows.forEach(r -> md.append(r).append('\n'));
        } finally {
            deleteTree(dir);
        }
        System.out.print(md);
        if (record != null) {
            String doc = Files.readString(record, StandardCharsets.UTF_8);
            int begin = doc.indexOf(BEGIN);
            int end = doc.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(record + " has no " + BEGIN + " ... " + END + " section to replace");
            }
            Files.writeString(record, doc.substring(0, begin + BEGIN.length()) + "\n" + md + doc.substring(end), StandardCharsets.UTF_8);
            System.out.println("Recorded in " + record);
        }
    }

    /** M recommendations over four mechanisms, forty documents, four themes and every status. */
    static void recommendations(org.jdbi.v3.core.Handle h, int m) {
        h.createUpdate("INSERT INTO recommendation (reference, mechanism, text, text_en, language, position, themes, status, imported_by, "
                        + "document_symbol, paragraph) SELECT 'BENCH#' || g, (ARRAY['upr','independent_expert','treaty_body','special_procedure'])[1 + g % 4], "
                        + "'Take all necessary measures to end the recruitment of children by armed groups (' || g || ').', "
                        + "'Take all necessary measures to end the recruitment of children by armed groups (' || g || ').', 'en', "
                        + "(ARRAY['supported','noted'])[1 + g % 2], ARRAY[(ARRAY['Justice','Women','Children','Education'])[1 + g % 4]], "
                        + "(ARRAY['not_started','in_progress','partially_implemented','implemented','not_implemented'])[1 + g % 5], 'bench', "
                        + "'A/HRC/' || (40 + g % 40) || '/15', (100 + g / 1000) || '.' || (g % 1000 + 1) FROM generate_series(1, :m) g")
                .bind("m", m).execute();
    }

    private static String row(String what, int runs, Supplier<Integer> work) {
        work.get();
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        progress(what + ": " + ms[runs / 2] + " ms");
        return "| " + what + " | " + String.format(Locale.ROOT, "%,d ms", ms[runs / 2]) + " | " + String.format(Locale.ROOT, "%,d ms", ms[runs - 1]) + " |";
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void progress(String s) {
        System.err.println("[report bench] " + s);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
