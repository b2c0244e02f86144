package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.support.Eventually.within;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.TestApp;

/**
 * A PostgreSQL of its own started by the test stands for an external server ({@code DATABASE_URL}): stopped
 * under a running Vigie, requests are refused at once with 503; started again, service resumes within 5 s
 * without restarting Vigie. A network that goes silent between them ({@link TcpProxy}) is survived the same way.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ExternalReconnectTest {
    @TempDir
    Path dir;

    @Test
    void an_external_server_restarted_under_vigie_is_used_again_within_five_seconds() throws Exception {
        Path cluster = dir.resolve("external");
        EmbeddedPostgres server = external(cluster, 0);
        int port = server.getPort();
        Config config = Config.of(dir.resolve("data"), "localhost", 0, false, Map.of(
                "DATABASE_URL", "jdbc:postgresql://localhost:" + port + "/postgres", "DATABASE_USER", "postgres"));
        try (App app = App.create(config).start()) {
            var monitor = TestApp.account(app, "monitor", Role.MONITOR);
            ApiClient api = new ApiClient(TestApp.base(app),
                    app.authentication().createToken(monitor.principal(), "t", "127.0.0.1").value());
            assertThat(api.post("/api/v1/incidents", EmbeddedSupervisionTest.incident(0)).statusCode()).isEqualTo(201);

            server.close();
            awaitHealth(app, 503, Duration.ofSeconds(10));
            long t0 = System.nanoTime();
            HttpResponse<String> refused = api.post("/api/v1/incidents", EmbeddedSupervisionTest.incident(1));
            assertThat((System.nanoTime() - t0) / 1_000_000).as("refused within a second").isLessThan(1000);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("database_unavailable");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(TestApp.base(app) + "/incidents")).header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).as("a page in the reader's language").contains("Nothing you had saved is lost");
            long healthStart = System.nanoTime();
            assertThat(health(app).body()).contains("database: down");
            assertThat((System.nanoTime() - healthStart) / 1_000_000).as("/health within a second").isLessThan(1000);

            server = external(cluster, port);
            within(Duration.ofSeconds(5), () -> api.post("/api/v1/incidents", EmbeddedSupervisionTest.incident(2)).statusCode(),
                    s -> s == 201, "a write succeeds within 5 s of the server's return");
            assertThat(health(app).statusCode()).isEqualTo(200);
        } finally {
            server.close();
        }
    }

    @Test
    void a_network_gone_silent_fails_requests_fast_and_is_used_again_within_five_seconds_of_its_return() throws Exception {
        EmbeddedPostgres server = external(dir.resolve("external"), 0);
        try (TcpProxy network = new TcpProxy(server.getPort())) {
            Config config = Config.of(dir.resolve("data"), "localhost", 0, false, Map.of(
                    "DATABASE_URL", "jdbc:postgresql://localhost:" + network.port() + "/postgres", "DATABASE_USER", "postgres"));
            try (App app = App.create(config).start()) {
                var monitor = TestApp.account(app, "monitor", Role.MONITOR);
                ApiClient api = new ApiClient(TestApp.base(app),
                        app.authentication().createToken(monitor.principal(), "t", "127.0.0.1").value());
                assertThat(api.post("/api/v1/incidents", EmbeddedSupervisionTest.incident(0)).statusCode()).isEqualTo(201);

                network.cut();
                // A request caught by the cut: its connection waits for an answer that never comes, until the
                // supervisor finds the database gone and aborts it.
                long t0 = System.nanoTime();
                HttpResponse<String> caught = api.post("/api/v1/incidents", EmbeddedSupervisionTest.incident(1));
                assertThat((System.nanoTime() - t0) / 1_000_000).as("a request caught by the cut ends").isLessThan(12_000);
                assertThat(caught.statusCode()).isEqualTo(503);
                awaitHealth(app, 503, Duration.ofSeconds(10));

                long t1 = System.nanoTime();
                HttpResponse<String> refused = api.post("/api/v1/incidents", EmbeddedSupervisionTest.incident(2));
                assertThat((System.nanoTime() - t1) / 1_000_000).as("refused within a second").isLessThan(1000);
                assertThat(refused.statusCode()).isEqualTo(503);
                long healthStart = System.nanoTime();
                assertThat(health(app).body()).contains("database: down");
                assertThat((System.nanoTime() - healthStart) / 1_000_000).as("/health within a second").isLessThan(1000);

                network.restore();
                within(Duration.ofSeconds(5), () -> api.post("/api/v1/incidents", EmbeddedSupervisionTest.incident(3)).statusCode(),
                        s -> s == 201, "a write succeeds within 5 s of the network's return");
                assertThat(health(app).statusCode()).isEqualTo(200);
            }
        } finally {
            server.close();
        }
    }

    private static EmbeddedPostgres external(Path cluster, int port) throws IOException {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
        if (port > 0) {
            b.setPort(port);
        }
        return b.start();
    }

    private static HttpResponse<String> health(App app) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestApp.base(app) + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitHealth(App app, int status, Duration limit) {
        within(limit, () -> health(app).statusCode(), s -> s == status, "/health said " + status);
    }
}
