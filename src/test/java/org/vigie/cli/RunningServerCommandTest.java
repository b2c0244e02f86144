package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditEvent;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/**
 * Commands beside a running Vigie (issue 15, item 7): those that read connect to its database, those that need it
 * stopped say so and how, and none but serve and migrate makes a database where there was none.
 */
class RunningServerCommandTest {
    @TempDir
    Path dir;

    @Test
    void reports_backup_and_audit_verify_run_while_the_server_runs_on_the_same_data() throws Exception {
        Path data = dir.resolve("data");
        try (App server = TestApp.start(data)) {
            TestApp.account(server, "amina", Role.ANALYST);
            server.audit().record(AuditEvent.of("amina", "record.viewed", "incident:1", ""));

            Cli.Run report = Cli.vigie("reports", "generate", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "pdf",
                    "--out", dir.resolve("report.pdf").toString(), "--data", data.toString());
            Cli.Run backup = Cli.vigie("backup", "--data", data.toString(), dir.resolve("vigie.backup").toString());
            Cli.Run verify = Cli.vigie("audit", "verify", "--data", data.toString());
            Cli.Run accounts = Cli.vigie("accounts", "list", "--data", data.toString());

            assertThat(report.status()).as(report.err()).isZero();
            assertThat(Files.readAllBytes(dir.resolve("report.pdf"))).startsWith("%PDF".getBytes());
            assertThat(backup.status()).as(backup.err()).isZero();
            assertThat(backup.out()).contains("Backup written");
            assertThat(verify.status()).as(verify.err()).isZero();
            assertThat(verify.out()).contains("intact");
            assertThat(accounts.out()).contains("amina");
            // The server goes on: its own writes and the commands' audit entries are one chain.
            server.audit().record(AuditEvent.of("amina", "record.viewed", "incident:2", ""));
            assertThat(server.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void a_command_that_needs_the_server_stopped_says_so_and_how() throws Exception {
        Path data = dir.resolve("data");
        try (App server = TestApp.create(data)) {
            Cli.Run reindex = Cli.vigie("reindex", "--data", data.toString());
            Cli.Run migrate = Cli.vigie("migrate", "--data", data.toString());

            assertThat(reindex.status()).isEqualTo(1);
            assertThat(reindex.err()).contains(data.toAbsolutePath().toString()).contains("in use by a running Vigie")
                    .contains("stop the server").contains("systemctl stop vigie");
            assertThat(migrate.status()).isEqualTo(1);
            assertThat(migrate.err()).contains("in use by a running Vigie");
        }
    }

    @Test
    void a_missing_data_directory_is_refused_with_status_2_naming_it_and_nothing_is_created() {
        Path missing = dir.resolve("no-such-data");
        Cli.Run report = Cli.vigie("reports", "generate", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "pdf",
                "--out", dir.resolve("report.pdf").toString(), "--data", missing.toString());
        Cli.Run verify = Cli.vigie("audit", "verify", "--data", missing.toString());
        Cli.Run reindex = Cli.vigie("reindex", "--data", missing.toString());

        for (Cli.Run r : new Cli.Run[] {report, verify, reindex}) {
            assertThat(r.status()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("no Vigie data in " + missing.toAbsolutePath()).contains("vigie migrate --data");
        }
        assertThat(missing).doesNotExist();
        assertThat(dir.resolve("report.pdf")).doesNotExist();
    }

    @Test
    void an_empty_folder_holds_no_database_and_is_refused_as_well() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli.Run r = Cli.vigie("backup", "--data", empty.toString(), dir.resolve("vigie.backup").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("it holds no database");
        assertThat(empty.resolve("postgres")).doesNotExist();
    }

    @Test
    void a_dry_run_of_the_reminders_says_when_no_one_has_an_address() throws Exception {
        Path data = dir.resolve("data");
        Cli.migrated(data);
        Cli.Run r = Cli.vigie("reminders", "send", "--dry-run", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("No active account has an e-mail address").contains("vigie reminders address");
    }

    @Test
    void the_help_gives_each_command_a_whole_sentence() {
        Cli.Run r = Cli.vigie("--help");
        String commands = r.out().substring(r.out().indexOf("Commands:"));
        // picocli lists the first line of a description: cut mid-sentence, it ended without a full stop.
        assertThat(commands).doesNotContain("stopped;").doesNotContainPattern("\\(Vigie must be\\s*\\n");
        for (String block : commands.split("\\n(?=  \\S)")) {
            if (block.startsWith("  ")) {
                assertThat(block.strip()).as(block).endsWith(".");
            }
        }
    }
}
