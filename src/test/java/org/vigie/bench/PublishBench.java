package org.vigie.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.i18n.Messages;
import org.vigie.reports.portal.PublicStatistics;
import org.vigie.reports.portal.PublicTable;
import org.vigie.reports.statistics.Figure;
import org.vigie.reports.statistics.Statistics;

/**
 * The portal's publication at scale, run by {@code bench/publish}: N synthetic incidents (default 1,000,000;
 * a recorded victim for every other one), then
 * <ul>
 * <li>a publication (every year 2012 to now computed from the summaries, protected, digested, compared with
 * the stored one), beside its baseline: the same counts by plain {@code GROUP BY} over the incident, act and
 * victim tables, unprotected;</li>
 * <li>the disclosure audit of a year's nine tables alone (counts already computed), for a full year and for
 * a sparse one (2012 cut to one verified incident in 200, so that small counts and secondary suppression
 * abound);</li>
 * <li>a portal page over HTTP beside a static file served by the same server ({@code /assets/app.css}).</li>
 * </ul>
 * Not a test. Options: {@code --incidents N}, {@code --runs N} (default 10), {@code --record docs/benchmarks.md}.
 */
public final class PublishBench {
    private static final int FULL_YEAR = 2024;
    private static final int SPARSE_YEAR = 2012;
    private final Timings t;
    private final int runs;

    private PublishBench(int runs) {
        this.t = new Timings("publishbench", runs);
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        ScaleOptions options = ScaleOptions.parse(args, Map.of("incidents", 1_000_000, "runs", 10));
        int n = options.count("incidents");
        int runs = options.count("runs");
        Path record = options.record();
        String loadBefore = Machine.currentLoadAverage();
        Machine machine = Machine.describe();
        Path dir = Files.createTempDirectory("vigie-publishbench");
        String markdown;
        try (App app = App.create(Config.of(dir, "localhost", 0, false, Map.of()))) {
            Jdbi jdbi = app.database().jdbi();
            long t0 = System.nanoTime();
            jdbi.useHandle(h -> {
                IncidentGenerator.generate(h, app.observatory().gazetteer(), n);
                h.execute("INSERT INTO victim (incident_id, pseudonym, sex, age_group, created_by) SELECT id, "
                        + "'V-' || upper(lpad(to_hex(id), 6, '0')), (ARRAY['female', 'male', 'unknown'])[1 + id % 3], "
                        + "(ARRAY['child_12_17', 'adult_18_59', 'older_60_plus', 'unknown'])[1 + id % 4], 'bench' FROM incident WHERE id % 2 = 0");
                h.execute("INSERT INTO victim_act (victim_id, act_id) SELECT v.id, a.id FROM victim v JOIN "
                        + "(SELECT DISTINCT ON (incident_id) incident_id, id FROM incident_act ORDER BY incident_id, id) a "
                        + "ON a.incident_id = v.incident_id");
                h.execute("UPDATE incident SET verification_status = 'reported' WHERE verification_status = 'verified' "
                        + "AND date_start >= DATE '" + SPARSE_YEAR + "-01-01' AND date_start < DATE '" + (SPARSE_YEAR + 1) + "-01-01' AND id % 200 <> 0");
                h.execute("VACUUM ANALYZE");
            });
            System.err.println(String.format(Locale.ROOT, "publishbench: generated %,d incidents in %.1f s", n, (System.nanoTime() - t0) / 1e9));
            PublishBench b = new PublishBench(runs);
            b.t.once("First publication after the import (summaries counted, every year protected, stored)",
                    () -> app.publisher().publish("bench", "manual").snapshot().years().size());
            b.t.measure("Publication: every year computed, protected and compared with the stored snapshot", 30_000, "baseline",
                    () -> app.publisher().publish("bench", "manual").snapshot().years().size());
            b.t.measure("Baseline: the same counts by plain GROUP BY over incidents, acts and victims (unprotected)", 0, "baseline",
                    () -> plainSql(jdbi));
            Statistics statistics = new Statistics(jdbi, app.observatory().gazetteer(), app.observatory().vocabulary(), new Messages());
            PublicStatistics pub = new PublicStatistics(statistics, Clock.systemUTC());
            for (int year : List.of(FULL_YEAR, SPARSE_YEAR)) {
                List<Figure> figures = pub.figures(year);
                long hidden = pub.protect(figures).stream().mapToLong(PublishBench::hidden).sum();
                b.t.measure(String.format(Locale.ROOT, "Disclosure audit of year %d's %d tables (%d counts hidden)", year, figures.size(), hidden),
                        2_000, "baseline", () -> pub.protect(figures).size());
            }
            app.start();
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + app.port();
            get(http, base + "/public/en/index.html");
            b.t.measure("Portal page over HTTP: /public/en/statistics-" + FULL_YEAR + ".html", 20, "baseline",
                    () -> get(http, base + "/public/en/statistics-" + FULL_YEAR + ".html"));
            b.t.measure("Baseline: a static file over HTTP from the same server (/assets/app.css)", 0, "baseline", () -> get(http, base + "/assets/app.css"));
            String size = jdbi.withHandle(h -> h.createQuery("SELECT pg_size_pretty(pg_database_size(current_database()))").mapTo(String.class).one());
            markdown = b.report(machine, loadBefore, Machine.currentLoadAverage(), n, size);
        } finally {
            Timings.delete(dir);
        }
        System.out.print(markdown);
        if (record != null) {
            Timings.record(record, "publish", markdown);
        }
    }

    private static long hidden(PublicTable t) {
        long n = 0;
        for (int i = 0; i < t.size(); i++) {
            n += t.shown(i).isPresent() ? 0 : 1;
        }
        return n;
    }

    /** Every year's incidents and victims by region, month, sex and age, and acts by type, verified only, by plain SQL. */
    private static long plainSql(Jdbi jdbi) {
        String verified = "FROM incident i WHERE i.verification_status = 'verified' AND i.date_start >= DATE '2012-01-01'";
        return jdbi.withHandle(h -> {
            long rows = 0;
            for (String q : List.of(
                    "SELECT extract(year FROM i.date_start), i.adm1_pcode, count(*) " + verified + " GROUP BY 1, 2",
                    "SELECT date_trunc('month', i.date_start), count(*) " + verified + " GROUP BY 1",
                    "SELECT extract(year FROM i.date_start), i.adm1_pcode, count(*) FROM incident i JOIN victim v ON v.incident_id = i.id "
                            + "WHERE i.verification_status = 'verified' AND i.date_start >= DATE '2012-01-01' GROUP BY 1, 2",
                    "SELECT date_trunc('month', i.date_start), count(*) FROM incident i JOIN victim v ON v.incident_id = i.id "
                            + "WHERE i.verification_status = 'verified' AND i.date_start >= DATE '2012-01-01' GROUP BY 1",
                    "SELECT extract(year FROM i.date_start), v.sex, count(*) FROM incident i JOIN victim v ON v.incident_id = i.id "
                            + "WHERE i.verification_status = 'verified' AND i.date_start >= DATE '2012-01-01' GROUP BY 1, 2",
                    "SELECT extract(year FROM i.date_start), v.age_group, count(*) FROM incident i JOIN victim v ON v.incident_id = i.id "
                            + "WHERE i.verification_status = 'verified' AND i.date_start >= DATE '2012-01-01' GROUP BY 1, 2",
                    "SELECT extract(year FROM i.date_start), a.act_type, count(*) FROM incident i JOIN incident_act a ON a.incident_id = i.id "
                            + "WHERE i.verification_status = 'verified' AND i.date_start >= DATE '2012-01-01' GROUP BY 1, 2")) {
                rows += h.createQuery(q).mapToMap().list().size();
            }
            return rows;
        });
    }

    private static long get(HttpClient http, String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + ": " + r.statusCode());
            }
            return r.body().length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String report(Machine m, String loadBefore, String loadAfter, int incidents, String size) {
        StringBuilder s = new StringBuilder();
        s.append("Measured ").append(m.date()).append(" with `bench/publish`.\n\n");
        s.append("- Machine: ").append(m.processors()).append(" processors (").append(m.cpu()).append("), ").append(m.memoryMib())
                .append(" MiB memory, ").append(m.java()).append(".\n");
        s.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append(". The machine is shared: other work competes for the same processors.\n");
        s.append(String.format(Locale.ROOT, "- Data: %,d incidents over 2012-2026 (40%% verified; %d cut to one in 200), one or two acts "
                + "each, a recorded victim for every other one; database %s. %d runs after 3 of warm-up.%n%n", incidents, SPARSE_YEAR, size, runs));
        s.append("| Measure | Years, tables, rows or bytes | Median (or once) | p95 | Goal |\n|---|---:|---:|---:|---|\n");
        t.rows().forEach(r -> s.append(r).append('\n'));
        return s.toString();
    }
}
