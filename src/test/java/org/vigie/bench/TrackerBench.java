package org.vigie.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.vigie.App;
import org.vigie.support.TestApp;
import org.vigie.tracker.RecommendationFilter;
import org.vigie.tracker.SourceMechanism;
import org.vigie.tracker.Status;
import org.vigie.tracker.Tracker;

/**
 * Imports N generated UHRI-like rows (a UHRI .csv, 16 columns) with {@link Tracker#importFile} into a fresh
 * application on a temporary directory, beside PostgreSQL's own COPY of the same file into a staging table
 * of 16 text columns; then times the filtered, paged list through {@link Tracker#find}/{@link Tracker#count}
 * and the same query in plain SQL. Run by {@code bench/tracker}. Not a test: nothing passes or fails.
 * Options: {@code --rows N} (default 250000), {@code --runs N} (default 20), {@code --record FILE}.
 */
public final class TrackerBench {
    private static final String BEGIN = "<!-- bench:tracker:begin -->";
    private static final String END = "<!-- bench:tracker:end -->";

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(option(args, "--rows", "250000"));
        int runs = Integer.parseInt(option(args, "--runs", "20"));
        String record = option(args, "--record", null);
        List<String> out = new ArrayList<>();
        String loadBefore = Machine.currentLoadAverage();
        Path dir = Files.createTempDirectory("vigie-trackerbench");
        long t = System.nanoTime();
        byte[] csv = TrackerBenchRows.csv(rows);
        double generated = seconds(t);
        Runtime rt = Runtime.getRuntime();
        try (App app = TestApp.create(dir)) {
            Tracker tracker = app.tracker();
            Jdbi jdbi = app.database().jdbi();
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            t = System.nanoTime();
            var read = tracker.read(csv, "bench.csv");
            double readSeconds = seconds(t);
            if (!read.succeeded()) {
                throw new IllegalStateException("generated file refused: " + read.errors().get(0));
            }
            long heapRead = rt.totalMemory() - rt.freeMemory();
            read = null;
            System.gc();
            t = System.nanoTime();
            Tracker.Outcome outcome = tracker.importFile("bench", "127.0.0.1", "bench.csv", csv);
            double importSeconds = seconds(t);
            double indexing = outcome.indexingMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "read %.1f s; importFile %.1f s, of which indexing %.1f s%n", readSeconds, importSeconds, indexing);
            t = System.nanoTime();
            Tracker.Outcome again = tracker.importFile("bench", "127.0.0.1", "bench.csv", csv);
            double againSeconds = seconds(t);
            double copySeconds = copy(jdbi, csv);
            double stored = importSeconds - indexing;
            out.add(String.format(Locale.ROOT, "Rows: %,d generated UHRI rows, a %.1f MB .csv (generated in %.1f s).",
                    rows, csv.length / 1e6, generated));
            out.add("");
            out.add("| step | seconds |");
            out.add("| --- | --- |");
            out.add(row("reading the .csv (`Tracker.read`: UhriReader, no database)", readSeconds));
            out.add(row("`Tracker.importFile`, whole (read + store + Lucene indexing)", importSeconds));
            out.add(row("  of which Lucene indexing after the commit", indexing));
            out.add(row("  read + store (whole minus indexing)", stored));
            out.add(row("`COPY` of the same .csv into a staging table of 16 text columns", copySeconds));
            out.add(row("the same file imported again (nothing changes)", againSeconds));
            out.add("");
            out.add(String.format(Locale.ROOT, "Added %,d, already there %,d; again: added %,d. Ratio read + store / COPY: **%.1f×**; "
                    + "with indexing: %.1f×. Heap after reading the file (all rows held): about %d MB above before.",
                    outcome.added(), outcome.alreadyThere(), again.added(), stored / copySeconds, importSeconds / copySeconds,
                    (heapRead - heapBefore) / (1024 * 1024)));
            jdbi.useHandle(h -> h.execute("UPDATE recommendation SET status = (ARRAY['not_started','in_progress',"
                    + "'partially_implemented','implemented','not_implemented'])[1 + id % 5]"));
            jdbi.useHandle(h -> h.execute("VACUUM ANALYZE recommendation"));
            out.add("");
            out.add("| filtered, paged query (page 3 of 50) | find median / p95 (ms) | count median / p95 (ms) | matches | plain SQL page median / p95 (ms) |");
            out.add("| --- | --- | --- | --- | --- |");
            queries(tracker, jdbi, runs, out);
        }
        out.add("");
        out.add("Load average (1, 5, 15 min) before: " + loadBefore + "; after: " + Machine.currentLoadAverage()
                + "; " + Runtime.getRuntime().availableProcessors() + " processors, "
                + Machine.describe().date() + ".");
        out.forEach(System.out::println);
        if (record != null) {
            record(Path.of(record), String.join("\n", out));
        }
    }

    private record Case(String name, RecommendationFilter filter, String where, Object[] params) {
    }

    private static void queries(Tracker tracker, Jdbi jdbi, int runs, List<String> out) {
        List<Case> cases = List.of(
                filter("mechanism + theme + status", SourceMechanism.UPR, "Women's rights", null, null, null,
                        "mechanism = 'upr' AND themes @> ARRAY['Women''s rights'] AND status = 'in_progress'"),
                filter("+ words", SourceMechanism.UPR, "Women's rights", "justice", null, null,
                        "mechanism = 'upr' AND themes @> ARRAY['Women''s rights'] AND status = 'in_progress' AND text ILIKE '%justice%'"),
                filter("+ SDG goal", SourceMechanism.UPR, "Women's rights", null, 16, null,
                        "mechanism = 'upr' AND themes @> ARRAY['Women''s rights'] AND status = 'in_progress' "
                        + "AND tracker_sdg_goals(sdgs) @> ARRAY[16]"),
                filter("+ recommending State", SourceMechanism.UPR, "Women's rights", null, null, "Ghana",
                        "mechanism = 'upr' AND themes @> ARRAY['Women''s rights'] AND status = 'in_progress' "
                        + "AND recommending_states @> ARRAY['Ghana']"));
        for (Case c : cases) {
            long[] count = {0};
            double[] find = timed(runs, () -> tracker.find(c.filter()).size());
            double[] counted = timed(runs, () -> count[0] = tracker.count(c.filter()));
            String sql = "SELECT * FROM recommendation WHERE " + c.where() + " ORDER BY document_symbol, paragraph_key, id LIMIT 50 OFFSET 100";
            double[] plain = timed(runs, () -> jdbi.withHandle(h -> h.createQuery(sql).mapToMap().list().size()));
            out.add(String.format(Locale.ROOT, "| %s | %.1f / %.1f | %.1f / %.1f | %,d | %.1f / %.1f |", c.name(),
                    find[0], find[1], counted[0], counted[1], count[0], plain[0], plain[1]));
        }
    }

    private static Case filter(String name, SourceMechanism m, String theme, String words, Integer goal, String state, String where) {
        return new Case(name, new RecommendationFilter(m, null, theme, words, null, goal, state, null, Status.IN_PROGRESS, null, 100, 50),
                where, new Object[0]);
    }

    /** Median and 95th percentile in milliseconds, after two warm-up runs. */
    private static double[] timed(int runs, LongSupplier work) {
        work.getAsLong();
        work.getAsLong();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.getAsLong();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)]};
    }

    private static double copy(Jdbi jdbi, byte[] csv) throws Exception {
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            columns.append(i == 1 ? "" : ", ").append("c").append(i).append(" TEXT");
        }
        return jdbi.withHandle(h -> {
            h.execute("CREATE TABLE bench_uhri_staging (" + columns + ")");
            Connection c = h.getConnection();
            long t = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_uhri_staging FROM STDIN (FORMAT csv, HEADER true)",
                    new StringReader(new String(csv, StandardCharsets.UTF_8)));
            return seconds(t);
        });
    }

    private static String row(String step, double seconds) {
        return String.format(Locale.ROOT, "| %s | %.2f |", step, seconds);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void record(Path file, String figures) throws IOException {
        String doc = Files.readString(file);
        int b = doc.indexOf(BEGIN);
        int e = doc.indexOf(END);
        if (b < 0 || e < b) {
            throw new IllegalStateException(file + " has no " + BEGIN + " ... " + END + " section");
        }
        Files.writeString(file, doc.substring(0, b + BEGIN.length()) + "\n" + figures + "\n" + doc.substring(e));
    }
}
