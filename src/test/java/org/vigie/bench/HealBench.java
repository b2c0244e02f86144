package org.vigie.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.TestApp;

/**
 * How fast Vigie heals, run by {@code bench/heal}: its embedded PostgreSQL killed with SIGKILL, the time from
 * the kill to the first incident recorded again through the API, and {@code /health}'s latency meanwhile
 * (p99, called every 20 ms); beside PostgreSQL's own crash restart measured alone on a cluster of its own
 * (kill, start again on the same port, first insert). Not a test. Options: {@code --runs N} (default 5),
 * {@code --record docs/benchmarks.md}.
 */
public final class HealBench {

    private HealBench() {
    }

    public static void main(String[] args) throws Exception {
        ScaleOptions options = ScaleOptions.parse(args, Map.of("runs", 5));
        int runs = options.count("runs");
        Machine machine = Machine.describe();
        List<Long> vigieBack = new ArrayList<>();
        List<Long> healthP99 = new ArrayList<>();
        List<Long> healthMax = new ArrayList<>();
        List<Long> postgresAlone = new ArrayList<>();
        Path dir = Files.createTempDirectory("vigie-healbench");
        try (App app = App.create(Config.of(dir.resolve("vigie"), "localhost", 0, false, Map.of())).start()) {
            var monitor = TestApp.account(app, "monitor", Role.MONITOR);
            ApiClient api = new ApiClient(TestApp.base(app), app.authentication().createToken(monitor.principal(), "t", "127.0.0.1").value());
            for (int i = 0; i < 20; i++) {
                write(api);
            }
            for (int run = 0; run < runs; run++) {
                long[] health = new long[2];
                long back = outage(app, api, dir.resolve("vigie/postgres/pgdata"), health);
                vigieBack.add(back);
                healthP99.add(health[0]);
                healthMax.add(health[1]);
                System.out.printf(Locale.ROOT, "vigie run %d: first write after %d ms, /health p99 %d us, max %d us%n",
                        run + 1, back, health[0], health[1]);
            }
        }
        for (int run = 0; run < runs; run++) {
            long alone = postgresAlone(dir.resolve("alone"));
            postgresAlone.add(alone);
            System.out.printf(Locale.ROOT, "postgres alone run %d: %d ms%n", run + 1, alone);
        }
        String markdown = markdown(machine, runs, vigieBack, healthP99, healthMax, postgresAlone);
        System.out.println(markdown);
        if (options.record() != null) {
            Timings.record(options.record(), "heal", markdown);
        }
    }

    /** Kills the postmaster, then writes until one is acknowledged; {@code health} gets /health's p99 and max (us). */
    private static long outage(App app, ApiClient api, Path cluster, long[] health) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ProcessHandle postmaster = postmaster(cluster);
        long t0 = System.nanoTime();
        postmaster.destroyForcibly();
        Thread poller = new Thread(() -> pollHealth(TestApp.base(app), latencies));
        poller.start();
        while (true) {
            if (api.post("/api/v1/incidents", incident()).statusCode() == 201) {
                break;
            }
            Thread.sleep(20);
        }
        long back = (System.nanoTime() - t0) / 1_000_000;
        poller.interrupt();
        poller.join();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        health[0] = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        health[1] = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
        Thread.sleep(2000);
        return back;
    }

    private static void pollHealth(String base, List<Long> latencies) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(30)).build();
        while (!Thread.currentThread().isInterrupted()) {
            long t = System.nanoTime();
            try {
                http.send(request, HttpResponse.BodyHandlers.ofString());
                latencies.add((System.nanoTime() - t) / 1000);
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                latencies.add(Long.MAX_VALUE / 2);
            }
        }
    }

    /** PostgreSQL's own crash restart: SIGKILL, start again on the same port and cluster, first insert. */
    private static long postgresAlone(Path cluster) throws Exception {
        EmbeddedPostgres pg = start(cluster, 0);
        int port = pg.getPort();
        insert(pg);
        ProcessHandle postmaster = postmaster(cluster);
        long t0 = System.nanoTime();
        postmaster.destroyForcibly();
        while (postmaster.isAlive()) {
            Thread.sleep(5);
        }
        // As Vigie's supervisor does: no stop of a dead server, a new lock file in place of the old one.
        Files.deleteIfExists(cluster.resolve("epg-lock"));
        EmbeddedPostgres again = start(cluster, port);
        insert(again);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        again.close();
        return ms;
    }

    private static EmbeddedPostgres start(Path cluster, int port) throws Exception {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        if (port > 0) {
            b.setPort(port);
        }
        return b.start();
    }

    private static void insert(EmbeddedPostgres pg) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS t (id serial PRIMARY KEY, v text)");
            s.execute("INSERT INTO t (v) VALUES ('x')");
        }
    }

    private static ProcessHandle postmaster(Path cluster) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static void write(ApiClient api) {
        var r = api.post("/api/v1/incidents", incident());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.body());
        }
    }

    private static String incident() {
        return "{\"date_start\": \"2024-11-01\", \"pcode\": \"ML0502\", \"title\": \"bench\", \"description_fr\": \"x\", "
                + "\"acts\": [{\"act_type\": \"03010400000004\", \"perpetrators\": [{\"category\": \"unknown\"}]}], "
                + "\"sources\": [{\"description\": \"Radio\", \"kind\": \"18010409150116\"}]}";
    }

    private static String markdown(Machine m, int runs, List<Long> back, List<Long> p99, List<Long> max, List<Long> alone) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Measured %s on %d processors (%s), %s; load average %s; %d runs each.%n%n",
                m.date(), m.processors(), m.cpu(), m.java(), m.loadAverage(), runs));
        s.append("| Figure | Median | Min | Max | Goal |\n|---|---|---|---|---|\n");
        row(s, "Vigie: kill -9 of its PostgreSQL to the first incident recorded again (ms)", back, "< 5,000");
        row(s, "PostgreSQL alone: kill -9 to the first insert after a restart (ms)", alone, "baseline");
        row(s, "`/health` p99 during the outage (us)", p99, "< 1,000,000");
        row(s, "`/health` slowest during the outage (us)", max, "< 1,000,000");
        return s.toString();
    }

    private static void row(StringBuilder s, String name, List<Long> values, String goal) {
        List<Long> v = new ArrayList<>(values);
        Collections.sort(v);
        s.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %s |%n", name, v.get(v.size() / 2), v.get(0), v.get(v.size() - 1), goal));
    }

}
