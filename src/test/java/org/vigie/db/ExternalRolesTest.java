package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditEvent;
import org.vigie.config.Config;
import org.vigie.support.TestApp;

/** On an external server set up as docs/operations.md says, Vigie migrates as the owner and serves as a role without power over the audit trail. */
class ExternalRolesTest {
    @TempDir
    Path dir;

    /** The SQL block of docs/operations.md that creates the two roles, so that the documentation is what is tested. */
    private static String documentedSql() throws Exception {
        String doc = Files.readString(Path.of("docs/operations.md"), StandardCharsets.UTF_8);
        int section = doc.indexOf("### The database's roles");
        int start = doc.indexOf("```sql\n", section) + "```sql\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void with_the_documented_roles_vigie_serves_as_a_role_that_cannot_rewrite_the_audit_trail() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("external-pg")).start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                for (String statement : documentedSql().split(";\\s*")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            Config config = Config.of(dir.resolve("data"), "localhost", 0, false, Map.of(
                    "DATABASE_URL", "postgres://localhost:" + server.getPort() + "/vigie",
                    "DATABASE_USER", "vigie_app", "DATABASE_PASSWORD", "change-me-app",
                    "DATABASE_OWNER_USER", "vigie_owner", "DATABASE_OWNER_PASSWORD", "change-me-owner"));
            try (App app = App.create(config).start()) {
                app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:1", "10.0.0.1"));
                List<String> owners = app.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'").mapTo(String.class).list());
                assertThat(owners).containsExactly("vigie_owner");
                assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry")))
                        .hasMessageContaining("SQLSTATE 42501");
                assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER")))
                        .hasMessageContaining("SQLSTATE 42501");
                String health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestApp.base(app) + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(health).contains("\"serves_as_superuser\":false");
            }
        }
    }
}
