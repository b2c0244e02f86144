package org.vigie.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The figures of one benchmark run, written as a Markdown section for docs/benchmarks.md. */
final class Report {
    /** Everything measured; lists hold one value per run, in run order. */
    record Figures(Machine machine, BenchOptions options, long jarBytes,
                   List<Duration> jvmOnly, List<Duration> cold, List<Duration> warm, List<Duration> stops,
                   List<ProcessMemory.Sample> coldMemory, List<ProcessMemory.Sample> warmMemory,
                   List<PageWeight.Resource> page, List<LoadLoop.Result> throughput,
                   ProcessMemory.Sample afterLoad, String loadAfter) {
    }

    private final StringBuilder out = new StringBuilder();

    static String markdown(Figures f) {
        return new Report().write(f);
    }

    private String write(Figures f) {
        Machine m = f.machine();
        line("Measured " + m.date() + " with `bench/run`.");
        line("");
        line("- Machine: " + m.processors() + " processors (" + m.cpu() + "), " + String.format(Locale.ROOT, "%.1f", m.memoryMib() / 1024.0)
                + " GiB memory, " + m.kernel() + ", " + m.java() + ".");
        line("- Load average (1, 5, 15 min) before: " + m.loadAverage() + "; after: " + f.loadAfter()
                + ". The machine is shared: other work competes for the same processors.");
        line("- Settings: " + f.options().runs() + " runs; memory read after " + f.options().idle().toSeconds() + " s idle; load loop "
                + f.options().threads() + " threads, " + f.options().warmUp().toSeconds() + " s warm-up then "
                + f.options().load().toSeconds() + " s measured, client on the same machine; vigie.jar "
                + mb(f.jarBytes()) + " MB; Vigie's JVM options: "
                + (f.options().javaOptions().isEmpty() ? "none (defaults)" : "`" + String.join(" ", f.options().javaOptions()) + "`") + ".");
        line("");
        summary(f);
        line("");
        line("Start times per run, in seconds: cold " + seconds(f.cold()) + "; warm " + seconds(f.warm()) + "; stop " + seconds(f.stops()) + ".");
        line("");
        pageWeight(f.page());
        line("");
        throughput(f.throughput(), f.afterLoad());
        return out.toString();
    }

    private void summary(Figures f) {
        long page = PageWeight.totalWireBytes(f.page());
        line("| Measure | Median | Min | Max | Goal | Met |");
        line("|---|---:|---:|---:|---|---|");
        durationRow("`java -jar vigie.jar --version`: JVM and command line alone, the floor of any start", f.jvmOnly(), null);
        durationRow("Start to first `GET /health` answered, cold (fresh data directory)", f.cold(), null);
        durationRow("Start to first `GET /health` answered, warm (second start, same directory)", f.warm(), Duration.ofSeconds(3));
        durationRow("Stop: SIGTERM to exit, database stopped", f.stops(), null);
        memoryRow("Memory at idle after a warm start, RSS summed: Java + " + postgresCount(f.warmMemory()) + " PostgreSQL processes",
                f.warmMemory(), ProcessMemory.Sample::rssKib, 300);
        memoryRow("Same, PSS (shared pages divided among processes)", f.warmMemory(), ProcessMemory.Sample::pssKib, 0);
        memoryRow("Memory at idle after a cold start, RSS summed", f.coldMemory(), ProcessMemory.Sample::rssKib, 0);
        line("| Home page with its CSS and JS, body bytes over the wire, gzip accepted | " + kib(page) + " KiB | | | < 30 KB | "
                + met(page < 30_000) + " |");
    }

    private void durationRow(String label, List<Duration> values, Duration goal) {
        List<Double> s = values.stream().map(d -> d.toMillis() / 1000.0).sorted().toList();
        double median = median(s);
        line("| " + label + " | " + fmt(median) + " s | " + fmt(s.get(0)) + " s | " + fmt(s.get(s.size() - 1)) + " s | "
                + (goal == null ? "" : "< " + goal.toSeconds() + " s") + " | " + (goal == null ? "" : met(median < goal.toSeconds())) + " |");
    }

    private void memoryRow(String label, List<ProcessMemory.Sample> samples, ToDoubleFunction<ProcessMemory.Sample> kib, int goalMb) {
        List<Double> mib = samples.stream().map(x -> kib.applyAsDouble(x) / 1024).sorted().toList();
        double median = median(mib);
        line("| " + label + " | " + fmt0(median) + " MiB | " + fmt0(mib.get(0)) + " MiB | " + fmt0(mib.get(mib.size() - 1)) + " MiB | "
                + (goalMb == 0 ? "" : "< " + goalMb + " MB") + " | " + (goalMb == 0 ? "" : met(median * 1.048576 < goalMb)) + " |");
    }

    private void pageWeight(List<PageWeight.Resource> page) {
        line("Home page, anonymous visitor, each response asked for with `Accept-Encoding: gzip` (headers not counted):");
        line("");
        line("| Path | Status | Content-Encoding | Bytes over the wire | Bytes decoded |");
        line("|---|---:|---|---:|---:|");
        for (PageWeight.Resource r : page) {
            line("| `" + r.path() + "` | " + r.status() + " | " + r.encoding() + " | " + r.wireBytes() + " | " + r.decodedBytes() + " |");
        }
        line("| Total | | | " + PageWeight.totalWireBytes(page) + " | " + page.stream().mapToLong(PageWeight.Resource::decodedBytes).sum() + " |");
    }

    private void throughput(List<LoadLoop.Result> results, ProcessMemory.Sample afterLoad) {
        line("Requests per second with the same load loop, one server after the other, in two interleaved rounds "
                + "(answers with status 200 counted):");
        line("");
        int perRound = results.size() / 2;
        line("| Server and request | Requests/s, round 1 (servers just started) | Requests/s, round 2 | Not 200 or failed |");
        line("|---|---:|---:|---:|");
        for (int i = 0; i < perRound; i++) {
            LoadLoop.Result a = results.get(i);
            LoadLoop.Result b = results.get(i + perRound);
            line("| " + a.label() + " | " + fmt0(a.perSecond()) + " | " + fmt0(b.perSecond()) + " | " + (a.failed() + b.failed()) + " |");
        }
        line("");
        line("Vigie's memory right after the load: RSS " + fmt0(afterLoad.rssKib() / 1024.0) + " MiB, PSS "
                + fmt0(afterLoad.pssKib() / 1024.0) + " MiB (" + afterLoad.processes() + " processes).");
    }

    private static int postgresCount(List<ProcessMemory.Sample> samples) {
        return samples.get(samples.size() - 1).processes() - 1;
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String seconds(List<Duration> values) {
        List<String> s = new ArrayList<>();
        values.forEach(d -> s.add(fmt(d.toMillis() / 1000.0)));
        return String.join(", ", s);
    }

    private static String met(boolean yes) {
        return yes ? "yes" : "**no**";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String fmt0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
