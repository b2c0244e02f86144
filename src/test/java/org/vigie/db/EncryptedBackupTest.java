package org.vigie.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.crypto.BackupKey;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** A stolen backup tells nothing without its key, and a restore refuses a wrong key or an altered file before writing anything. */
class EncryptedBackupTest {
    @TempDir
    static Path tmp;
    static final String MARKER = "Tombouctou-" + UUID.randomUUID().toString().substring(0, 8);
    static Path backup;
    static BackupKey key;
    static App target;

    @BeforeAll
    static void backUpAndStartAnEmptyTarget() throws Exception {
        key = BackupKey.loadOrCreate(tmp.resolve("keys").resolve("backup.json"));
        backup = tmp.resolve("vigie.backup");
        try (App source = TestApp.create(tmp.resolve("source"))) {
            source.accounts().institutionStore().ensure("MARK", MARKER, MARKER);
            TestApp.account(source, "amina", Role.ANALYST);
            new Backup(source.database(), key).write(backup);
        }
        target = TestApp.create(tmp.resolve("target"));
    }

    @AfterAll
    static void stop() throws Exception {
        target.close();
    }

    private static boolean contains(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void assertTargetUntouched() {
        assertThat(target.accounts().all()).isEmpty();
        assertThat(target.accounts().institutionStore().byCode("MARK")).isEmpty();
    }

    @Test
    void the_backup_holds_no_readable_table_name_nor_value_and_is_readable_by_its_owner_only() throws Exception {
        byte[] bytes = Files.readAllBytes(backup);
        for (String clear : new String[] {MARKER, "amina", "institution", "audit_entry", "manifest", "tables/"}) {
            assertThat(contains(bytes, clear)).as(clear).isFalse();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("keys").resolve("backup.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void another_key_is_refused_naming_both_keys_and_nothing_is_written() throws Exception {
        BackupKey other = BackupKey.loadOrCreate(tmp.resolve("other-key.json"));
        assertThatThrownBy(() -> new Backup(target.database(), other).restore(backup)).isInstanceOf(IOException.class)
                .hasMessageContaining("wrong backup key").hasMessageContaining(key.id()).hasMessageContaining(other.id());
        assertTargetUntouched();
    }

    @Test
    void an_altered_backup_is_refused_before_anything_is_written() throws Exception {
        byte[] bytes = Files.readAllBytes(backup);
        // The last bytes: a loader that decrypted as it wrote would have loaded every table before noticing.
        bytes[bytes.length - 20] ^= 0x01;
        Path altered = tmp.resolve("altered.backup");
        Files.write(altered, bytes);
        assertThatThrownBy(() -> new Backup(target.database(), key).restore(altered)).isInstanceOf(IOException.class)
                .hasMessageContaining("altered");
        assertTargetUntouched();
    }

    @Test
    void a_backup_cut_short_is_refused_before_anything_is_written() throws Exception {
        byte[] bytes = Files.readAllBytes(backup);
        Path cut = tmp.resolve("cut.backup");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThatThrownBy(() -> new Backup(target.database(), key).restore(cut)).isInstanceOf(IOException.class)
                .hasMessageContaining("cut short");
        assertTargetUntouched();
    }
}
