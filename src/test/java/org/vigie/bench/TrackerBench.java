package org.vigie.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.vigie.App;
import org.vigie.support.TestApp;
import org.vigie.tracker.recommendations.RecommendationFilter;
import org.vigie.tracker.recommendations.SourceMechanism;
import org.vigie.tracker.recommendations.Status;
import org.vigie.tracker.recommendations.Tracker;

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
            CpuTime cpu = CpuTime.ofServerOf(jdbi.withHandle(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Long.class).one()));
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            Step read = Step.start(cpu);
            var result = tracker.read(new ByteArrayInputStream(csv), "bench.csv");
            read.stop();
            if (!result.succeeded()) {
                throw new IllegalStateException("generated file refused: " + result.errors().get(0));
            }
            long heapRead = rt.totalMemory() - rt.freeMemory();
            result = null;
            System.gc();
            Step imported = Step.start(cpu);
            Tracker.Outcome outcome = tracker.importFile("bench", "127.0.0.1", "bench.csv", new ByteArrayInputStream(csv));
            imported.stop();
            double indexing = outcome.indexingMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "read %.1f s; importFile %.1f s, of which indexing %.1f s%n", read.wall, imported.wall, indexing);
            Step again = Step.start(cpu);
            Tracker.Outcome repeated = tracker.importFile("bench", "127.0.0.1", "bench.csv", new ByteArrayInputStream(csv));
            again.stop();
            Step staging = copyRaw(jdbi, csv, cpu);
            Step indexed = copyParsed(jdbi, cpu);
            double stored = imported.wall - indexing;
            out.add(String.format(Locale.ROOT, "Rows: %,d generated UHRI rows, a %.1f MB .csv (generated in %.1f s).",
                    rows, csv.length / 1e6, generated));
            out.add("");
            out.add("| step | wall seconds | CPU seconds: JVM + PostgreSQL |");
            out.add("| --- | --- | --- |");
            out.add(row("reading the .csv (`Tracker.read` from a stream: UhriReader, no database)", read));
            out.add(row("`Tracker.importFile`, whole (read + store + Lucene indexing)", imported));
            out.add(String.format(Locale.ROOT, "|   of which Lucene indexing after the commit | %.2f | |", indexing));
            out.add(String.format(Locale.ROOT, "|   read + store (whole minus indexing) | %.2f | |", stored));
            out.add(row("the same file imported again (nothing changes)", again));
            out.add(row("(a) `COPY` of the same .csv into an unindexed staging table of 16 text columns", staging));
            out.add(row("(b) `COPY` of the parsed rows into a copy of `recommendation` with its indexes (`LIKE ... INCLUDING ALL`)", indexed));
            out.add("");
            out.add(String.format(Locale.ROOT, "Added %,d, already there %,d; again: added %,d. Read + store against (a): **%.1f×**, "
                    + "against (b): **%.1f×**; with the indexing for search: %.1f× and %.1f×. CPU of the whole import against (a): %.1f×, "
                    + "against (b): %.1f×. Heap in use after reading the file (garbage included, so an upper bound): about %d MB above before.",
                    outcome.added(), outcome.alreadyThere(), repeated.added(), stored / staging.wall, stored / indexed.wall,
                    imported.wall / staging.wall, imported.wall / indexed.wall, imported.cpu() / staging.cpu(),
                    imported.cpu() / indexed.cpu(), (heapRead - heapBefore) / (1024 * 1024)));
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
            if (System.getProperty("explain") != null) {
                String where = " FROM recommendation WHERE " + c.where();
                jdbi.useHandle(h -> {
                    for (String q : List.of("SELECT count(*)" + where, "SELECT id, document_symbol, paragraph_key" + where
                            + " ORDER BY document_symbol, paragraph_key, id LIMIT 50 OFFSET 100")) {
                        System.out.println(String.join("\n", h.createQuery("EXPLAIN (ANALYZE, BUFFERS) " + q).mapTo(String.class).list()));
                    }
                });
            }
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

    /** Baseline (a): PostgreSQL's COPY of the raw .csv into a table of 16 text columns, no index, no constraint. */
    private static Step copyRaw(Jdbi jdbi, byte[] csv, CpuTime cpu) throws Exception {
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            columns.append(i == 1 ? "" : ", ").append("c").append(i).append(" TEXT");
        }
        return jdbi.withHandle(h -> {
            h.execute("CREATE TABLE bench_uhri_staging (" + columns + ")");
            Step step = Step.start(cpu);
            h.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY bench_uhri_staging FROM STDIN (FORMAT csv, HEADER true)", new ByteArrayInputStream(csv));
            return step.stop();
        });
    }

    /**
     * Baseline (b): the rows the import stored (parsed, checked, in the table's types), written out by COPY,
     * then timed as a COPY into an empty copy of {@code recommendation} with its indexes, constraints and
     * generated column: what PostgreSQL alone takes to store them.
     */
    private static Step copyParsed(Jdbi jdbi, CpuTime cpu) throws Exception {
        String columns = "reference, mechanism, text, language, cycle, session, document_symbol, paragraph, recommending_states, "
                + "position, themes, affected_persons, sdgs, position_source, publication_date, imported_by, text_fr, text_en";
        return jdbi.withHandle(h -> {
            var copy = h.getConnection().unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            copy.copyOut("COPY (SELECT " + columns + " FROM recommendation ORDER BY id) TO STDOUT", rows);
            h.execute("CREATE TABLE bench_recommendation (LIKE recommendation INCLUDING ALL)");
            Step step = Step.start(cpu);
            copy.copyIn("COPY bench_recommendation (" + columns + ") FROM STDIN", new ByteArrayInputStream(rows.toByteArray()));
            return step.stop();
        });
    }

    /** The wall-clock and CPU seconds of one step. */
    private static final class Step {
        private final CpuTime cpu;
        private final long start = System.nanoTime();
        private final double[] cpuStart;
        double wall;
        double jvm;
        double pg;

        private Step(CpuTime cpu) throws java.io.IOException {
            this.cpu = cpu;
            this.cpuStart = cpu.now();
        }

        static Step start(CpuTime cpu) {
            try {
                return new Step(cpu);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Step stop() {
            wall = seconds(start);
            try {
                double[] end = cpu.now();
                jvm = end[0] - cpuStart[0];
                pg = end[1] - cpuStart[1];
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return this;
        }

        double cpu() {
            return jvm + pg;
        }
    }

    private static String row(String step, Step s) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.1f + %.1f |", step, s.wall, s.jvm, s.pg);
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
