package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditEvent;
import org.vigie.support.TestApp;

/** The command line, run in-process as a user would type it. */
class CommandLineTest {
    @TempDir
    Path dir;

    private record Run(int status, String out) {
    }

    private static Run vigie(String stdin, String... args) {
        PrintStream oldOut = System.out;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return new Run(Main.run(args), out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setIn(oldIn);
        }
    }

    @Test
    void help_lists_every_command() {
        Run r = vigie("", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("serve", "migrate", "accounts", "audit", "reindex", "backup", "restore");
    }

    @Test
    void the_first_administrator_is_created_with_a_password_from_standard_input() {
        Run r = vigie("a long enough passphrase\n", "accounts", "add", "--data", dir.toString(), "--username", "admin", "--role", "administrator");
        assertThat(r.status()).isZero();
        Run list = vigie("", "accounts", "list", "--data", dir.toString());
        assertThat(list.out()).contains("admin").contains("administrator").contains("active");
    }

    @Test
    void a_weak_password_is_refused_with_the_rule_it_breaks() {
        Run r = vigie("short\n", "accounts", "add", "--data", dir.toString(), "--username", "admin", "--role", "administrator");
        assertThat(r.status()).isEqualTo(1);
        Run list = vigie("", "accounts", "list", "--data", dir.toString());
        assertThat(list.out()).doesNotContain("admin ");
    }

    @Test
    void audit_verify_exits_1_and_names_the_entry_someone_changed() throws Exception {
        try (App app = TestApp.create(dir)) {
            for (int i = 0; i < 4; i++) {
                app.audit().record(AuditEvent.of("x", "record.viewed", "r:" + i, ""));
            }
        }
        assertThat(vigie("", "audit", "verify", "--data", dir.toString()).status()).isZero();
        try (App app = TestApp.create(dir)) {
            app.database().jdbi().useHandle(h -> {
                h.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
                h.execute("UPDATE audit_entry SET target = 'r:99' WHERE id = 3");
            });
        }
        Run r = vigie("", "audit", "verify", "--data", dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("entry 3");
    }

    @Test
    void migrate_reports_the_schema_version() {
        Run r = vigie("", "migrate", "--data", dir.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("schema at version \\d+");
    }
}
