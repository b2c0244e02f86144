package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.accounts.LoginResult;
import org.vigie.crypto.BackupKey;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** A backup restored into an empty database gives back every record, and the audit chain still holds. */
class BackupRestoreTest {
    @TempDir
    Path tmp;

    private BackupKey key() throws IOException {
        return BackupKey.loadOrCreate(tmp.resolve("backup-key.json"));
    }

    @Test
    void a_restore_into_an_empty_database_gives_back_every_record_and_an_intact_chain() throws Exception {
        Path file = tmp.resolve("vigie-backup.zip");
        long accounts;
        long entries;
        try (App source = TestApp.create(tmp.resolve("source"))) {
            TestApp.account(source, "amina", Role.ANALYST);
            TestApp.account(source, "fatou", Role.FOCAL_POINT);
            source.authentication().login("amina", TestApp.PASSWORD, "10.1.1.1");
            accounts = source.accounts().all().size();
            entries = source.audit().count(org.vigie.audit.AuditQuery.latest(1));
            Backup.Summary s = new Backup(source.database(), key()).write(file);
            assertThat(s.rows()).isGreaterThan(0);
        }
        // The audit key is not in the backup: the operator brings it, as docs/operations.md says.
        org.vigie.support.Insider.copyAuditKey(tmp.resolve("source"), tmp.resolve("target"));
        try (App target = TestApp.create(tmp.resolve("target"))) {
            new Backup(target.database(), key()).restore(file);
            assertThat(target.accounts().all()).hasSize((int) accounts);
            assertThat(target.accounts().byUsername("fatou").orElseThrow().institutionId()).isNotNull();
            assertThat(target.audit().verify().intact()).isTrue();
            assertThat(target.audit().verify().entriesChecked()).isEqualTo(entries);
            assertThat(target.authentication().login("amina", TestApp.PASSWORD, "10.1.1.1"))
                    .as("password hashes restored").isInstanceOf(LoginResult.Success.class);
            TestApp.account(target, "after-restore", Role.OBSERVER);
            assertThat(target.audit().verify().intact()).as("the chain continues after a restore").isTrue();
        }
    }

    @Test
    void a_restore_into_a_database_that_holds_records_is_refused_and_changes_nothing() throws Exception {
        Path file = tmp.resolve("b.zip");
        try (App source = TestApp.create(tmp.resolve("s"))) {
            TestApp.account(source, "amina", Role.ANALYST);
            new Backup(source.database(), key()).write(file);
        }
        try (App target = TestApp.create(tmp.resolve("t"))) {
            TestApp.account(target, "moussa", Role.MONITOR);
            assertThatThrownBy(() -> new Backup(target.database(), key()).restore(file)).isInstanceOf(IOException.class)
                    .hasMessageContaining("already holds records");
            assertThat(target.accounts().all()).extracting(a -> a.username()).containsExactly("moussa");
        }
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_with_its_name() throws Exception {
        Path junk = tmp.resolve("notes.zip");
        Files.writeString(junk, "not a zip");
        try (App target = TestApp.create(tmp.resolve("t2"))) {
            assertThatThrownBy(() -> new Backup(target.database(), key()).restore(junk)).isInstanceOf(IOException.class)
                    .hasMessageContaining("notes.zip");
        }
    }
}
