package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.i18n.Messages;
import org.vigie.support.ApiClient;
import org.vigie.support.TestApp;
import org.vigie.web.Access;
import org.vigie.web.Resilience;
import org.vigie.web.ServiceState;
import org.vigie.web.Views;
import org.vigie.web.WebServer;

/**
 * Every kind of insert and update, on every table, made to fail with a marker in every field, through the real
 * request pipeline and its error pages: the marker is in no log, neither Vigie's (standard error) nor the
 * embedded server's, and in no answer.
 */
class NoRowValuesInLogsTest {
    private static final String MARKER = "Zq7MARKrow";

    @TempDir
    Path dir;

    @Test
    void failed_inserts_and_updates_leave_no_row_value_in_any_log() throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new TeeStream(stderr, captured), true, StandardCharsets.UTF_8));
        List<String> answers = new ArrayList<>();
        int failures = 0;
        try (App app = TestApp.create(dir)) {
            Jdbi jdbi = app.database().jdbi();
            Map<String, Map<String, String>> tables = columns(jdbi);
            WebServer web = new WebServer(new WebServer.Settings("localhost", 0, false, 1 << 20, false, dir.resolve("uploads")),
                    app.authentication(), new Messages(), new Views(), new byte[32],
                    List.of(r -> r.get("/api/fail/{table}/{kind}", ctx -> fail(jdbi, tables.get(ctx.pathParam("table")),
                            ctx.pathParam("table"), ctx.pathParam("kind")), Access.ANYONE)),
                    new Resilience(ServiceState::healthy, SqlFailures::unavailable, SqlFailures::redacted)).start();
            try {
                ApiClient api = new ApiClient("http://localhost:" + web.port(), null);
                for (String table : tables.keySet()) {
                    for (String kind : List.of("insert-every-column", "insert-text-columns", "batch-insert", "update-every-column")) {
                        var r = api.get("/api/fail/" + table + "/" + kind);
                        answers.add(r.body());
                        failures += r.statusCode() == 500 ? 1 : 0;
                    }
                }
            } finally {
                web.stop();
            }
        } finally {
            System.setErr(stderr);
        }
        String vigieLog = captured.toString(StandardCharsets.UTF_8);
        String serverLog = Files.readString(dir.resolve("postgres/postgres.log"));
        assertThat(failures).as("statements made to fail").isGreaterThan(100);
        assertThat(vigieLog).contains("SQLSTATE").doesNotContain(MARKER);
        assertThat(serverLog).doesNotContain(MARKER);
        assertThat(answers).noneMatch(a -> a.contains(MARKER));
    }

    /** Runs one failing statement on {@code table}, the marker in each field it writes. */
    private static void fail(Jdbi jdbi, Map<String, String> columns, String table, String kind) {
        Map<String, String> chosen = new LinkedHashMap<>(columns);
        if (kind.equals("insert-text-columns") || kind.equals("batch-insert")) {
            chosen.values().removeIf(type -> !List.of("text", "varchar", "bpchar").contains(type));
            if (chosen.isEmpty()) {
                chosen.putAll(columns);
            }
        }
        List<String> names = new ArrayList<>(chosen.keySet());
        String values = String.join(", ", names.stream().map(c -> "CAST(:" + c + " AS " + chosen.get(c) + ")").toList());
        String list = String.join(", ", names.stream().map(c -> "\"" + c + "\"").toList());
        jdbi.useHandle(h -> {
            switch (kind) {
                case "update-every-column" -> {
                    var u = h.createUpdate("UPDATE " + table + " SET (" + list + ") = ROW(" + values + ")");
                    names.forEach(c -> u.bind(c, MARKER + "-" + c));
                    u.execute();
                    throw new IllegalStateException("no row to update: " + table);
                }
                case "batch-insert" -> {
                    PreparedBatch b = h.prepareBatch("INSERT INTO " + table + " (" + list + ") VALUES (" + values + ")");
                    for (int i = 0; i < 3; i++) {
                        final int n = i;
                        names.forEach(c -> b.bind(c, MARKER + "-" + n + "-" + c));
                        b.add();
                    }
                    b.execute();
                }
                default -> {
                    var u = h.createUpdate("INSERT INTO " + table + " (" + list + ") VALUES (" + values + ")");
                    names.forEach(c -> u.bind(c, MARKER + "-" + c));
                    u.execute();
                }
            }
        });
    }

    /** Each table of Vigie's schema with its writable columns and their types. */
    private static Map<String, Map<String, String>> columns(Jdbi jdbi) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT c.table_name, c.column_name, c.udt_name FROM information_schema.columns c "
                        + "JOIN information_schema.tables t USING (table_schema, table_name) WHERE c.table_schema = 'public' "
                        + "AND t.table_type = 'BASE TABLE' AND c.table_name <> 'flyway_schema_history' AND c.is_generated = 'NEVER' "
                        + "AND c.is_identity = 'NO' ORDER BY c.table_name, c.ordinal_position")
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .forEach(row -> tables.computeIfAbsent(row.get(0), t -> new LinkedHashMap<>()).put(row.get(1), row.get(2))));
        return tables;
    }

    /** Writes to the real standard error and keeps a copy. */
    private static final class TeeStream extends java.io.OutputStream {
        private final PrintStream out;
        private final ByteArrayOutputStream copy;

        TeeStream(PrintStream out, ByteArrayOutputStream copy) {
            this.out = out;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) {
            out.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            out.write(b, off, len);
            copy.write(b, off, len);
        }
    }
}
