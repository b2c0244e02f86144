package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.accounts.CreatedToken;
import org.vigie.security.Role;
import org.vigie.support.ApiClient;
import org.vigie.support.TestApp;

/**
 * Vigie killed with SIGKILL (no shutdown hook runs, its postgres is left behind) starts again on
 * the same data directory by itself, and every record it had committed is there.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void after_sigkill_the_next_start_recovers_and_keeps_every_committed_record() throws Exception {
        String token;
        try (App app = TestApp.create(dir)) {
            var admin = TestApp.account(app, "admin", Role.ADMINISTRATOR);
            CreatedToken t = app.authentication().createToken(admin.principal(), "crash test", "127.0.0.1");
            token = t.value();
        }
        int port = freePort();
        Process vigie = serve(port);
        try {
            awaitHealth(port, vigie);
            ApiClient api = new ApiClient("http://localhost:" + port, token);
            for (int i = 0; i < 5; i++) {
                var r = api.post("/api/v1/accounts", "{\"username\":\"committed-" + i + "\",\"role\":\"observer\",\"password\":\"a long enough passphrase\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
        } finally {
            vigie.destroyForcibly().waitFor();
        }
        Path cluster = dir.resolve("postgres/pgdata");
        assertThat(StalePostmaster.find(cluster)).as("the killed Vigie left its postgres running").isPresent();

        try (App again = TestApp.create(dir)) {
            assertThat(again.accounts().all()).extracting(a -> a.username())
                    .contains("committed-0", "committed-1", "committed-2", "committed-3", "committed-4");
            assertThat(again.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void sigterm_stops_vigie_and_its_database_cleanly() throws Exception {
        int port = freePort();
        Process vigie = serve(port);
        awaitHealth(port, vigie);
        vigie.destroy();
        assertThat(vigie.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        assertThat(StalePostmaster.find(dir.resolve("postgres/pgdata"))).as("no postgres left behind").isEmpty();
    }

    private Process serve(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "org.vigie.cli.Main",
                "serve", "--data", dir.toString(), "--port", Integer.toString(port)))
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
    }

    private static void awaitHealth(int port, Process p) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new AssertionError("vigie serve exited with " + p.exitValue());
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("vigie serve did not answer within 90 s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
