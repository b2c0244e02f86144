package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

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


    @Test
    void help_lists_every_command() {
        Cli.Run r = Cli.vigie("--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("serve", "migrate", "accounts", "audit", "reindex", "backup", "restore");
    }

    @Test
    void the_first_administrator_is_created_with_a_password_from_standard_input() {
        Cli.Run r = Cli.withInput("a long enough passphrase\n", "accounts", "add", "--data", Cli.migrated(dir), "--username", "admin", "--role", "administrator");
        assertThat(r.status()).isZero();
        Cli.Run list = Cli.vigie("accounts", "list", "--data", dir.toString());
        assertThat(list.out()).contains("admin").contains("administrator").contains("active");
    }

    @Test
    void a_weak_password_is_refused_with_the_rule_it_breaks() {
        Cli.Run r = Cli.withInput("short\n", "accounts", "add", "--data", Cli.migrated(dir), "--username", "admin", "--role", "administrator");
        assertThat(r.status()).isEqualTo(1);
        Cli.Run list = Cli.vigie("accounts", "list", "--data", dir.toString());
        assertThat(list.out()).doesNotContain("admin ");
    }

    @Test
    void audit_verify_exits_1_and_names_the_entry_someone_changed() throws Exception {
        try (App app = TestApp.create(dir)) {
            for (int i = 0; i < 4; i++) {
                app.audit().record(AuditEvent.of("x", "record.viewed", "r:" + i, ""));
            }
        }
        assertThat(Cli.vigie("audit", "verify", "--data", dir.toString()).status()).isZero();
        try (App app = TestApp.create(dir)) {
            org.vigie.db.Roles.owner(app).useHandle(h -> {
                h.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
                h.execute("UPDATE audit_entry SET target = 'r:99' WHERE id = 3");
            });
        }
        Cli.Run r = Cli.vigie("audit", "verify", "--data", dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("entry 3");
    }

    @Test
    void migrate_reports_the_schema_version() {
        Cli.Run r = Cli.vigie("migrate", "--data", dir.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("schema at version \\d+");
    }
}
