package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.NodeCluster;
import org.vigie.support.TestApp;
import org.vigie.support.WebClient;

/**
 * Vigie on many nodes, run by {@code bench/nodes} (issue 18): two nodes in this JVM on one PostgreSQL server
 * started apart (as {@link NodeCluster} builds them), measuring
 * <ul>
 *   <li>the lag from an incident written through node A's API (its 201 received) to its first hit in node B's
 *   search ({@code /api/v1/search}, polled every 10 ms), median and p99 over {@code --writes} writes; a write
 *   not found within {@code --timeout} ms counts as a timeout and is left out of the percentiles, which say over
 *   how many writes they were taken;</li>
 *   <li>a control first: one write must be found by the node that made it, or the benchmark stops;</li>
 *   <li>requests per second of the incidents list ({@code GET /incidents}, an analyst's session, closed loop of
 *   {@code --threads} clients for {@code --seconds} after 5 s of warm-up) on one node of the cluster, on both
 *   (clients split between them), and on a single node with its embedded database, the default installation.</li>
 * </ul>
 * Both nodes share the machine's processors with PostgreSQL and the load loop: on 2 cores a second node adds
 * no processor, and the figure says what the coordination costs rather than what a second machine would give.
 * Not a test. Options: {@code --writes N} (1,000), {@code --incidents N} (20,000), {@code --threads N} (8),
 * {@code --seconds N} (20), {@code --timeout N} (5,000 ms), {@code --record docs/benchmarks.md}.
 */
public final class NodesBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodesBench() {
    }

    /** The lags of the writes found, and how many were not found in time. */
    record Lags(List<Long> millis, int timeouts) {
    }

    public static void main(String[] args) throws Exception {
        ScaleOptions options = ScaleOptions.parse(args, Map.of("writes", 1000, "incidents", 20_000, "threads", 8,
                "seconds", 20, "timeout", 5000));
        Machine machine = Machine.describe();
        int incidents = options.count("incidents");
        Duration measured = Duration.ofSeconds(options.count("seconds"));
        int threads = options.count("threads");
        double single;
        Path dir = Files.createTempDirectory("vigie-nodesbench");
        try (App app = App.create(Config.of(dir.resolve("single"), "localhost", 0, false, Map.of())).start()) {
            seed(app, incidents);
            // The first configuration measured would pay the JVM's warm-up (compilation) alone: one unmeasured pass.
            listRate(List.of(session(app)), threads, measured);
            single = listRate(List.of(session(app)), threads, measured);
            System.out.printf(Locale.ROOT, "single node, embedded database: %.1f lists/s%n", single);
        } finally {
            Timings.delete(dir);
        }
        NodeCluster cluster = NodeCluster.of(2);
        cluster.beforeAll(null);
        try {
            seed(cluster.node(0), incidents);
            Target a = session(cluster.node(0));
            Target b = session(cluster.node(1));
            double one = listRate(List.of(a), threads, measured);
            System.out.printf(Locale.ROOT, "one node of the cluster: %.1f lists/s%n", one);
            double two = listRate(List.of(a, b), threads, measured);
            System.out.printf(Locale.ROOT, "two nodes: %.1f lists/s%n", two);
            Lags lags = lags(cluster, options.count("writes"), options.count("timeout"));
            String markdown = markdown(machine, options, single, one, two, lags);
            System.out.println(markdown);
            if (options.record() != null) {
                Timings.record(options.record(), "nodes", markdown);
            }
        } finally {
            cluster.afterAll(null);
        }
    }

    private static void seed(App app, int n) {
        Gazetteer gazetteer = Gazetteer.ochaCodAb2015();
        app.database().jdbi().useTransaction(h -> IncidentGenerator.generate(h, gazetteer, n));
        app.database().jdbi().useHandle(h -> h.execute("ANALYZE"));
    }

    /** A node's incidents list and the analyst session that asks for it. */
    record Target(URI list, String cookie) {
    }

    private static Target session(App app) {
        if (app.accounts().byUsername("nodes-analyst").isEmpty()) {
            TestApp.account(app, "nodes-analyst", Role.ANALYST);
        }
        WebClient web = new WebClient(TestApp.base(app));
        web.login("nodes-analyst", TestApp.PASSWORD);
        return new Target(URI.create(TestApp.base(app) + "/incidents"), "vigie_session=" + web.cookie("vigie_session"));
    }

    /** Lists per second answered 200, clients spread over {@code targets} in turn. */
    private static double listRate(List<Target> targets, int threads, Duration measured) throws Exception {
        long start = System.nanoTime();
        long countFrom = start + Duration.ofSeconds(5).toNanos();
        long end = countFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> counts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Target t = targets.get(i % targets.size());
                counts.add(pool.submit(() -> loop(t, countFrom, end)));
            }
            long ok = 0;
            long failed = 0;
            for (Future<long[]> f : counts) {
                ok += f.get()[0];
                failed += f.get()[1];
            }
            if (failed > 0) {
                System.out.printf(Locale.ROOT, "  %d lists failed%n", failed);
            }
            return ok / (measured.toNanos() / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] loop(Target t, long countFrom, long end) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(t.list()).header("Cookie", t.cookie()).timeout(Duration.ofSeconds(30)).build();
        long ok = 0;
        long failed = 0;
        while (System.nanoTime() < end) {
            boolean success;
            try {
                success = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
            } catch (IOException e) {
                success = false;
            }
            long now = System.nanoTime();
            if (now >= countFrom && now < end) {
                if (success) {
                    ok++;
                } else {
                    failed++;
                }
            }
        }
        return new long[] {ok, failed};
    }

    /** Writes through node 0, finds each write through node 1's search. */
    private static Lags lags(NodeCluster cluster, int writes, int timeoutMillis) throws Exception {
        App a = cluster.node(0);
        App b = cluster.node(1);
        var monitor = TestApp.account(a, "nodes-monitor", Role.MONITOR);
        ApiClient writer = new ApiClient(TestApp.base(a), a.authentication().createToken(monitor.principal(), "w", "127.0.0.1").value());
        var analyst = a.accounts().byUsername("nodes-analyst").orElseThrow();
        ApiClient reader = new ApiClient(TestApp.base(b), b.authentication().createToken(analyst.principal(), "r", "127.0.0.1").value());
        ApiClient self = new ApiClient(TestApp.base(a), a.authentication().createToken(analyst.principal(), "s", "127.0.0.1").value());
        String control = word(writes + 1);
        if (writer.post("/api/v1/incidents", incident(control)).statusCode() != 201 || !foundWithin(self, control, 10_000)) {
            throw new IllegalStateException("a write is not found even by the node that made it: the benchmark itself is broken");
        }
        List<Long> found = new ArrayList<>();
        int timeouts = 0;
        for (int i = 0; i < writes; i++) {
            String word = word(i);
            var r = writer.post("/api/v1/incidents", incident(word));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("write " + i + " answered " + r.statusCode() + ": " + r.body());
            }
            long t0 = System.nanoTime();
            if (foundWithin(reader, word, timeoutMillis)) {
                found.add((System.nanoTime() - t0) / 1_000_000);
            } else {
                timeouts++;
            }
            if ((i + 1) % 50 == 0 || i + 1 == writes) {
                System.out.printf(Locale.ROOT, "  %d writes, %d found on node B, %d timeouts%n", i + 1, found.size(), timeouts);
            }
        }
        return new Lags(found, timeouts);
    }

    /** Whether {@code word} is a hit of {@code client}'s search within {@code millis}, asked every 10 ms. */
    private static boolean foundWithin(ApiClient client, String word, long millis) throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            if (total(client.get("/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))) > 0) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static long total(HttpResponse<String> r) throws IOException {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("search answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("total").asLong();
    }

    /** A word no analyser splits or stems and no other incident holds: "nodelag" and the write's number in letters. */
    static String word(int i) {
        StringBuilder s = new StringBuilder("nodelag");
        int n = i;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.append("x").toString();
    }

    private static String incident(String word) {
        return "{\"date_start\": \"2024-11-01\", \"pcode\": \"ML0502\", \"title\": \"Bench " + word + "\", \"description_fr\": \"x\", "
                + "\"acts\": [{\"act_type\": \"03010400000004\", \"perpetrators\": [{\"category\": \"unknown\"}]}], "
                + "\"sources\": [{\"description\": \"Radio\", \"kind\": \"18010409150116\"}]}";
    }

    private static String markdown(Machine m, ScaleOptions o, double single, double one, double two, Lags lags) {
        List<Long> v = new ArrayList<>(lags.millis());
        Collections.sort(v);
        int writes = o.count("writes");
        String lag = v.isEmpty() ? "none found" : String.format(Locale.ROOT, "median %,d ms, p99 %,d ms (over the %,d found)",
                v.get(v.size() / 2), v.get(Math.min(v.size() - 1, (int) Math.ceil(v.size() * 0.99) - 1)), v.size());
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Measured %s on %d processors (%s), %s; load average %s. Two nodes in one JVM on one "
                        + "PostgreSQL 17 server; %,d incidents; %d clients for %d s after 5 s of warm-up.%n%n",
                m.date(), m.processors(), m.cpu(), m.java(), m.loadAverage(), o.count("incidents"), o.count("threads"), o.count("seconds")));
        s.append("| Figure | Measured | Goal |\n|---|---|---|\n");
        s.append(String.format(Locale.ROOT, "| Write on node A to its hit in node B's search, %,d writes | %s; %,d timeouts (> %,d ms) | < 2,000 ms |%n",
                writes, lag, lags.timeouts(), o.count("timeout")));
        s.append(String.format(Locale.ROOT, "| Incidents list, single node, embedded database (lists/s) | %.1f | baseline |%n", single));
        s.append(String.format(Locale.ROOT, "| Incidents list, one node of the cluster (lists/s) | %.1f | — |%n", one));
        s.append(String.format(Locale.ROOT, "| Incidents list, two nodes, clients split (lists/s) | %.1f | — |%n", two));
        return s.toString();
    }

}
