package org.vigie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The rows of a scale benchmark's table (measure, result, median or single time, p95, goal), timed the same
 * way by every benchmark that uses it, and the replacement of its section in {@code docs/benchmarks.md}.
 */
final class Timings {
    private final List<String> rows = new ArrayList<>();
    private final int runs;
    private final String name;

    /** {@code name}: the benchmark's name in progress lines ("publishbench"). */
    Timings(String name, int runs) {
        this.name = name;
        this.runs = runs;
    }

    /** One timed run, for what happens once (a first reading after an import). */
    void once(String what, LongSupplier work) {
        long t = System.nanoTime();
        long result = work.getAsLong();
        rows.add(String.format(Locale.ROOT, "| %s | %d | %.1f ms | | |", what, result, (System.nanoTime() - t) / 1e6));
        progress(what);
    }

    /** Three runs of warm-up, then {@code runs} timed ones; {@code goalMs} 0 marks a baseline. */
    void measure(String what, long goalMs, String noGoal, LongSupplier work) {
        measure(what, goalMs, noGoal, 3, work);
    }

    /** {@code warmup} runs of warm-up, then {@code runs} timed ones; {@code goalMs} 0 marks a baseline. */
    void measure(String what, long goalMs, String noGoal, int warmup, LongSupplier work) {
        for (int i = 0; i < warmup; i++) {
            work.getAsLong();
        }
        long[] v = new long[runs];
        long result = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            result = work.getAsLong();
            v[i] = System.nanoTime() - t;
        }
        Arrays.sort(v);
        double median = v[runs / 2] / 1e6;
        String goal = goalMs == 0 ? noGoal : (median < goalMs ? "< " + goalMs + " ms: yes" : "< " + goalMs + " ms: **no**");
        rows.add(String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %s |", what, result, median,
                v[(int) Math.ceil(runs * 0.95) - 1] / 1e6, goal));
        progress(what);
    }

    /** A row written by the benchmark itself. */
    void row(String markdownRow) {
        rows.add(markdownRow);
    }

    List<String> rows() {
        return List.copyOf(rows);
    }

    void progress(String what) {
        System.err.println(name + ": " + what);
    }

    /** Replaces what stands between {@code <!-- bench:KEY:begin -->} and its end marker in {@code file}. */
    static void record(Path file, String key, String markdown) throws IOException {
        String begin = "<!-- bench:" + key + ":begin -->";
        String end = "<!-- bench:" + key + ":end -->";
        String doc = Files.readString(file, StandardCharsets.UTF_8);
        int b = doc.indexOf(begin);
        int e = doc.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalStateException(file + " has no " + begin + " ... " + end + " section to replace");
        }
        Files.writeString(file, doc.substring(0, b + begin.length()) + "\n" + markdown + doc.substring(e), StandardCharsets.UTF_8);
        System.out.println("Recorded in " + file);
    }

    /** Deletes a benchmark's temporary data directory. */
    static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
