package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.config.Config;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** Vigie starts on its embedded database by default and on an external server when DATABASE_URL says so. */
class DatabaseStartTest {
    @TempDir
    Path dir;

    private static String health(App app) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestApp.base(app) + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void by_default_it_runs_on_the_embedded_database_with_fsync_on() throws Exception {
        try (App app = TestApp.start(dir)) {
            assertThat(app.database().isEmbedded()).isTrue();
            assertThat(health(app)).contains("\"status\":\"ok\"").contains("\"embedded\":true");
            var settings = app.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')")
                    .setMapKeyColumn("name").setMapValueColumn("setting").collectInto(new org.jdbi.v3.core.generic.GenericType<Map<String, String>>() { }));
            assertThat(settings).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on");
        }
    }

    @Test
    void with_database_url_it_runs_on_that_server_and_migrates_it() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("external-pg")).start()) {
            String url = "postgres://postgres:unused@localhost:" + external.getPort() + "/postgres";
            Config config = Config.of(dir.resolve("data"), "localhost", 0, false, Map.of("DATABASE_URL", url));
            try (App app = App.create(config).start()) {
                assertThat(app.database().isEmbedded()).isFalse();
                assertThat(health(app)).contains("\"embedded\":false").as("a superuser serving is said")
                        .contains("\"serves_as_superuser\":true");
                TestApp.account(app, "amina", Role.ANALYST);
            }
            try (var c = external.getPostgresDatabase().getConnection();
                 var rs = c.createStatement().executeQuery("SELECT username FROM account")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("amina");
            }
        }
    }

    @Test
    void demo_mode_refuses_an_external_database() {
        assertThatThrownBy(() -> Config.of(dir, "localhost", 0, true, Map.of("DATABASE_URL", "postgres://u:p@db.example/vigie")))
                .hasMessageContaining("demo mode runs only on the embedded database");
    }

    @Test
    void an_unreachable_database_url_fails_with_a_readable_reason() {
        Config config = Config.of(dir, "localhost", 0, false, Map.of("DATABASE_URL", "jdbc:postgresql://localhost:1/vigie", "DATABASE_USER", "vigie"));
        assertThatThrownBy(() -> App.create(config)).hasMessageContaining("cannot connect to DATABASE_URL");
    }

    @Test
    void two_vigies_cannot_share_a_data_directory() throws Exception {
        try (App first = TestApp.create(dir)) {
            assertThatThrownBy(() -> TestApp.create(dir)).isInstanceOf(org.vigie.config.DataDirectoryInUse.class)
                    .hasMessageContaining("is in use by a running Vigie").hasMessageContaining("systemctl stop vigie");
        }
    }
}
