package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.TestApp;

/**
 * The embedded PostgreSQL killed with SIGKILL (as the out-of-memory killer would) while incidents are being
 * recorded through the API: Vigie restarts it by itself, every acknowledged write is there, requests meanwhile
 * are refused at once with 503, and {@code /health} answers within a second throughout.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class EmbeddedSupervisionTest {
    private static final int WRITES = 200;

    @TempDir
    Path dir;

    @Test
    void a_killed_postgres_is_restarted_and_no_acknowledged_write_is_lost() throws Exception {
        try (App app = TestApp.start(dir)) {
            var monitor = TestApp.account(app, "monitor", Role.MONITOR);
            ApiClient api = new ApiClient(TestApp.base(app),
                    app.authentication().createToken(monitor.principal(), "t", "127.0.0.1").value());
            List<Long> acknowledged = new CopyOnWriteArrayList<>();
            List<Long> refusalMillis = new CopyOnWriteArrayList<>();
            Thread writer = new Thread(() -> write(api, acknowledged, refusalMillis));
            writer.start();
            within(Duration.ofSeconds(60), () -> acknowledged.size() >= 40, "40 writes acknowledged");

            ProcessHandle postmaster = StalePostmaster.find(dir.resolve("postgres/pgdata")).orElseThrow();
            postmaster.destroyForcibly();
            HealthWatch health = HealthWatch.start(TestApp.base(app));
            writer.join(Duration.ofMinutes(3).toMillis());
            health.stop();

            assertThat(acknowledged).hasSize(WRITES);
            assertThat(health.sawDegraded()).as("/health said the database was away").isTrue();
            assertThat(health.slowestMillis()).as("/health answered within a second throughout").isLessThan(1000);
            assertThat(refusalMillis).as("writes during the outage were refused, at once").isNotEmpty()
                    .allSatisfy(ms -> assertThat(ms).isLessThan(1000));
            Long stored = app.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM incident WHERE id = ANY(:ids)").bind("ids", acknowledged.toArray(Long[]::new))
                    .mapTo(Long.class).one());
            assertThat(stored).as("every acknowledged incident is stored").isEqualTo(WRITES);
            assertThat(StalePostmaster.find(dir.resolve("postgres/pgdata")).orElseThrow().pid()).isNotEqualTo(postmaster.pid());
            assertThat(app.audit().find(new AuditQuery(null, "database.restarted", null, null, null, 0, 10)))
                    .as("the audit trail keeps the restart").hasSize(1);
        }
    }

    /** Records WRITES incidents one after the other, each retried until acknowledged; times every 503. */
    private static void write(ApiClient api, List<Long> acknowledged, List<Long> refusalMillis) {
        for (int i = 0; i < WRITES; i++) {
            while (true) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = api.post("/api/v1/incidents", incident(i));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (r.statusCode() == 201) {
                    acknowledged.add(Long.parseLong(r.body().replaceAll(".*\"id\":(\\d+).*", "$1")));
                    break;
                }
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                refusalMillis.add(ms);
                sleep(50);
            }
        }
    }

    static String incident(int i) {
        return "{\"date_start\": \"2024-11-01\", \"pcode\": \"ML0502\", \"title\": \"supervised " + i + "\", "
                + "\"description_fr\": \"x\", \"acts\": [{\"act_type\": \"03010400000004\", \"perpetrators\": [{\"category\": \"unknown\"}]}], "
                + "\"sources\": [{\"description\": \"Radio\", \"kind\": \"18010409150116\"}]}";
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Calls /health every 50 ms in the background, keeping the slowest answer and whether one said degraded. */
    static final class HealthWatch {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile long slowest;
        private volatile boolean degraded;
        private Thread thread;

        static HealthWatch start(String base) {
            HealthWatch w = new HealthWatch();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            w.thread = new Thread(() -> {
                while (w.running.get()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 503 && r.body().contains("\"database: ")) {
                            w.degraded = true;
                        }
                    } catch (Exception e) {
                        w.slowest = Long.MAX_VALUE;
                    }
                    w.slowest = Math.max(w.slowest, (System.nanoTime() - t0) / 1_000_000);
                    sleep(50);
                }
            });
            w.thread.start();
            return w;
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        boolean sawDegraded() {
            return degraded;
        }

        long slowestMillis() {
            return slowest;
        }
    }
}
