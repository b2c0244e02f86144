package org.vigie.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.i18n.Messages;
import org.vigie.reports.statistics.PeriodScope;
import org.vigie.reports.portal.PublicStatistics;
import org.vigie.reports.statistics.Statistics;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * The public statistics page and the exports at scale, run by {@code bench/public}: N synthetic incidents
 * (default 300,000; half with a recorded victim), then the public page's tables counted without their
 * five-minute cache (through the national summary of V019), the first count of the summaries after the import,
 * a recount after one verification, every observatory figure over a whole year (summary) and over a year less a
 * day (the incidents themselves), and the export of every incident as CSV over HTTP. Not a test. Options:
 * {@code --incidents N}, {@code --runs N} (default 20), {@code --record docs/benchmarks.md}.
 */
public final class PublicBench {
    private static final int YEAR = 2024;
    private final Timings t;
    private final int runs;

    private PublicBench(int runs) {
        this.t = new Timings("publicbench", runs);
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        ScaleOptions options = ScaleOptions.parse(args, Map.of("incidents", 300_000, "runs", 20));
        int incidents = options.count("incidents");
        int runs = options.count("runs");
        Path record = options.record();
        String loadBefore = Machine.currentLoadAverage();
        Machine machine = Machine.describe();
        Path dir = Files.createTempDirectory("vigie-publicbench");
        String markdown;
        int n = incidents;
        try (App app = App.create(Config.of(dir, "localhost", 0, false, Map.of()))) {
            Jdbi jdbi = app.database().jdbi();
            long t0 = System.nanoTime();
            jdbi.useHandle(h -> {
                IncidentGenerator.generate(h, app.observatory().gazetteer(), n);
                h.execute("INSERT INTO victim (incident_id, pseudonym, sex, age_group, created_by) SELECT id, "
                        + "'V-' || upper(lpad(to_hex(id), 6, '0')), (ARRAY['female', 'male', 'unknown'])[1 + id % 3], "
                        + "(ARRAY['child_12_17', 'adult_18_59', 'older_60_plus', 'unknown'])[1 + id % 4], 'bench' FROM incident WHERE id % 2 = 0");
                // Each victim to its incident's first act. Not min(a.id) in a subquery: before ANALYZE the planner
                // walks the primary key in order for each victim, quadratic (minutes at 100,000 incidents).
                h.execute("INSERT INTO victim_act (victim_id, act_id) SELECT v.id, a.id FROM victim v JOIN "
                        + "(SELECT DISTINCT ON (incident_id) incident_id, id FROM incident_act ORDER BY incident_id, id) a "
                        + "ON a.incident_id = v.incident_id");
                h.execute("VACUUM ANALYZE");
            });
            System.err.println(String.format(Locale.ROOT, "publicbench: generated %,d incidents in %.1f s", n, (System.nanoTime() - t0) / 1e9));
            Statistics statistics = new Statistics(jdbi, app.observatory().gazetteer(), app.observatory().vocabulary(), new Messages());
            Clock clock = Clock.systemUTC();
            PublicBench b = new PublicBench(runs);
            b.t.once("First reading after the import: every month counted into the summaries", () -> fresh(statistics, clock));
            b.t.measure("Public statistics page's tables, uncached (national summary)", 100, "", () -> fresh(statistics, clock));
            b.t.once("Same after one verification (its month counted again)", () -> {
                jdbi.useHandle(h -> h.execute("UPDATE incident SET verification_status = 'verified' WHERE id = "
                        + "(SELECT min(id) FROM incident WHERE verification_status = 'reported' AND date_start >= DATE '2024-01-01')"));
                return fresh(statistics, clock);
            });
            PeriodScope year = PeriodScope.publishedYear(YEAR);
            PeriodScope lessADay = PeriodScope.published(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 30));
            b.t.measure("Every observatory figure (17), year " + YEAR + " (11 from the summary)", 0, "", () -> statistics.observatory(year).size());
            b.t.measure("Every observatory figure (17), year less a day (all from the incidents)", 0, "",
                    () -> statistics.observatory(lessADay).size());
            app.start();
            b.exportAll(app);
            String size = jdbi.withHandle(h -> h.createQuery("SELECT pg_size_pretty(pg_database_size(current_database()))").mapTo(String.class).one());
            long summaryRows = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM statistics_summary").mapTo(Long.class).one());
            long nationalRows = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM statistics_national").mapTo(Long.class).one());
            markdown = b.report(machine, loadBefore, Machine.currentLoadAverage(), n, size, summaryRows, nationalRows);
        } finally {
            Timings.delete(dir);
        }
        System.out.print(markdown);
        if (record != null) {
            Timings.record(record, "public", markdown);
        }
    }

    /** The public page's tables, counted and protected (what the publish step does for each year). */
    private static long fresh(Statistics statistics, Clock clock) {
        return new PublicStatistics(statistics, clock).publication(YEAR).size();
    }

    /** Every incident as CSV over HTTP as an analyst: the export streams, so memory stays flat whatever the count. */
    private void exportAll(App app) throws Exception {
        var account = TestApp.account(app, "bench-analyst", Role.ANALYST);
        String token = app.authentication().createToken(account.principal(), "bench", "127.0.0.1").value();
        HttpClient http = HttpClient.newHttpClient();
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(TestApp.base(app) + "/incidents/export.csv"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = r.body()) {
            for (int k = in.read(buffer); k >= 0; k = in.read(buffer)) {
                bytes += k;
                for (int i = 0; i < k; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        t.row(String.format(Locale.ROOT, "| Every incident as CSV over HTTP (analyst; %,d MB; heap %d → %d MiB) | %d | %.0f ms | | |",
                bytes / 1_000_000, heapBefore >> 20, heapAfter >> 20, lines - 2, ms));
        t.progress("export");
    }

    private String report(Machine m, String loadBefore, String loadAfter, int incidents, String size, long summaryRows, long nationalRows) {
        StringBuilder s = new StringBuilder();
        s.append("Measured ").append(m.date()).append(" with `bench/public`.\n\n");
        s.append("- Machine: ").append(m.processors()).append(" processors (").append(m.cpu()).append("), ").append(m.memoryMib())
                .append(" MiB memory, ").append(m.java()).append(".\n");
        s.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append(". The machine is shared: other work competes for the same processors.\n");
        s.append(String.format(Locale.ROOT, "- Data: %,d incidents over 2012-2026 (40%% verified), one or two acts each, a recorded "
                + "victim for every other one; database %s; the summary holds %,d rows, the national summary %,d. Year %d; %d runs "
                + "after 3 of warm-up.%n%n", incidents, size, summaryRows, nationalRows, YEAR, runs));
        s.append("| Measure | Tables, figures or rows | Median (or once) | p95 | Goal |\n|---|---:|---:|---:|---|\n");
        t.rows().forEach(r -> s.append(r).append('\n'));
        return s.toString();
    }
}
