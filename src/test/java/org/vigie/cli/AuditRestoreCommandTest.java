package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditQuery;
import org.vigie.db.Backup;
import org.vigie.security.Role;
import org.vigie.support.Insider;
import org.vigie.support.TestApp;

/** {@code vigie audit verify} names what was done to the trail; {@code vigie restore} refuses a backup whose trail does not hold. */
class AuditRestoreCommandTest {
    @TempDir
    Path tmp;

    private Path backupOf(Path source, String... tampering) throws Exception {
        Path file = tmp.resolve("backup.zip");
        try (App app = TestApp.create(source)) {
            TestApp.account(app, "amina", Role.ANALYST);
            for (int i = 1; i <= 4; i++) {
                app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:" + i, ""));
            }
            if (tampering.length > 0) {
                Insider.sql(app, tampering);
            }
            new Backup(app.database(), org.vigie.crypto.BackupKey.loadOrCreate(tmp.resolve("backup-key.json"))).write(file);
        }
        return file;
    }

    @Test
    void verify_names_entries_cut_from_the_end_and_what_the_checkpoint_covers() throws Exception {
        Path data = tmp.resolve("data");
        try (App app = TestApp.create(data)) {
            for (int i = 1; i <= 6; i++) {
                app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:" + i, ""));
            }
        }
        Cli.Run ok = Cli.vigie("audit", "verify", "--data", data.toString());
        assertThat(ok.status()).isZero();
        assertThat(ok.out()).contains("intact").contains("covers 6 entries");
        try (App app = TestApp.create(data)) {
            Insider.sql(app, "DELETE FROM audit_entry WHERE id > 4");
        }
        Cli.Run cut = Cli.vigie("audit", "verify", "--data", data.toString());
        assertThat(cut.status()).isEqualTo(1);
        assertThat(cut.out()).contains("BROKEN at entry 5").contains("entries 5 to 6 are missing").contains("covers 6 entries");
    }

    @Test
    void a_backup_whose_trail_was_edited_is_refused_and_nothing_is_restored() throws Exception {
        Path file = backupOf(tmp.resolve("source"), "UPDATE audit_entry SET actor = 'nobody' WHERE id = 3");
        Insider.copyAuditKey(tmp.resolve("source"), tmp.resolve("target"));
        Cli.Run r = Cli.vigie("restore", file.toString(), "--key", tmp.resolve("backup-key.json").toString(), "--data", Cli.migrated(tmp.resolve("target")));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("broken at entry 3").contains("Nothing was restored").contains("--accept-broken-audit");
        try (App target = TestApp.create(tmp.resolve("target"))) {
            assertThat(target.accounts().all()).isEmpty();
            assertThat(target.audit().count(AuditQuery.latest(1))).isZero();
        }
    }

    @Test
    void a_backup_restored_with_the_wrong_audit_key_is_refused() throws Exception {
        Path file = backupOf(tmp.resolve("source"));
        Cli.Run r = Cli.vigie("restore", file.toString(), "--key", tmp.resolve("backup-key.json").toString(), "--data", Cli.migrated(tmp.resolve("target")));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("audit.key");
    }

    @Test
    void accepting_a_broken_trail_restores_it_and_records_that_first() throws Exception {
        Path file = backupOf(tmp.resolve("source"), "DELETE FROM audit_entry WHERE id = 2");
        Insider.copyAuditKey(tmp.resolve("source"), tmp.resolve("target"));
        Cli.Run r = Cli.vigie("restore", file.toString(), "--key", tmp.resolve("backup-key.json").toString(), "--accept-broken-audit", "--data", Cli.migrated(tmp.resolve("target")));
        assertThat(r.status()).as(r.err()).isZero();
        try (App target = TestApp.create(tmp.resolve("target"))) {
            assertThat(target.accounts().byUsername("amina")).isPresent();
            var entries = target.audit().find(AuditQuery.latest(100));
            AuditEntry accepted = entries.stream().filter(e -> e.action().equals("audit.broken_restore_accepted")).findFirst().orElseThrow();
            assertThat(entries.get(0).id()).as("recorded before anything else").isEqualTo(accepted.id());
            assertThat(accepted.details()).contains("\"first_broken_entry\":\"3\"");
        }
    }

    @Test
    void an_intact_backup_restores_with_its_key() throws Exception {
        Path file = backupOf(tmp.resolve("source"));
        Insider.copyAuditKey(tmp.resolve("source"), tmp.resolve("target"));
        Cli.Run r = Cli.vigie("restore", file.toString(), "--key", tmp.resolve("backup-key.json").toString(), "--data", Cli.migrated(tmp.resolve("target")));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Cli.vigie("audit", "verify", "--data", tmp.resolve("target").toString()).status()).isZero();
    }
}
