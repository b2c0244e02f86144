package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.generic.GenericType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.support.TestApp;

/** The embedded server's log and the driver's errors never hold a row's values. */
class PostgresLogTest {
    @TempDir
    Path dir;

    @Test
    void a_failed_statement_leaves_neither_its_text_nor_the_values_in_the_log_or_the_error() throws Exception {
        String marker = "ZQ" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        try (App app = TestApp.create(dir)) {
            Map<String, String> settings = app.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT name, setting FROM pg_settings WHERE name IN ('log_error_verbosity', 'log_min_error_statement', 'log_statement')")
                    .setMapKeyColumn("name").setMapValueColumn("setting").collectInto(new GenericType<Map<String, String>>() { }));
            assertThat(settings).containsEntry("log_error_verbosity", "terse").containsEntry("log_min_error_statement", "panic")
                    .containsEntry("log_statement", "none");
            // Values bound, as every store binds them.
            String insert = "INSERT INTO institution (code, name_fr, name_en) VALUES (?, ?, 'x')";
            app.database().jdbi().useHandle(h -> h.execute(insert, marker, "Nom " + marker));
            assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute(insert, marker, "Nom " + marker)))
                    .hasMessageContaining("SQLSTATE 23505")
                    .satisfies(e -> assertThat(stackText(e)).doesNotContain(marker));
        }
        String log = Files.readString(dir.resolve("postgres").resolve("postgres.log"), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain(marker).doesNotContain("INSERT INTO institution");
    }

    private static String stackText(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t).append('\n');
        }
        return b.toString();
    }
}
