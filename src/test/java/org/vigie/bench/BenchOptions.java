package org.vigie.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What to measure and how long; {@code record} is the Markdown file whose results section is replaced. */
record BenchOptions(Path jar, List<String> javaOptions, int runs, Duration idle, int threads, Duration warmUp, Duration load,
                    Path out, Path record) {
    static BenchOptions parse(String[] args) {
        BenchOptions o = new BenchOptions(Path.of("target/vigie.jar"), List.of(), 5, Duration.ofSeconds(5), 2, Duration.ofSeconds(2),
                Duration.ofSeconds(5), Path.of("target/bench/results.md"), null);
        for (int i = 0; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : "";
            o = switch (args[i]) {
                case "--jar" -> new BenchOptions(Path.of(v), o.javaOptions, o.runs, o.idle, o.threads, o.warmUp, o.load, o.out, o.record);
                case "--java-options" -> new BenchOptions(o.jar, v.isBlank() ? List.of() : List.of(v.trim().split("\\s+")), o.runs,
                        o.idle, o.threads, o.warmUp, o.load, o.out, o.record);
                case "--runs" -> new BenchOptions(o.jar, o.javaOptions, Integer.parseInt(v), o.idle, o.threads, o.warmUp, o.load, o.out, o.record);
                case "--out" -> new BenchOptions(o.jar, o.javaOptions, o.runs, o.idle, o.threads, o.warmUp, o.load, Path.of(v), o.record);
                case "--record" -> new BenchOptions(o.jar, o.javaOptions, o.runs, o.idle, o.threads, o.warmUp, o.load, o.out, Path.of(v));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --jar FILE, --java-options \"OPTS\", --runs N, --out FILE, --record docs/benchmarks.md)");
            };
            i++;
        }
        return o;
    }
}
