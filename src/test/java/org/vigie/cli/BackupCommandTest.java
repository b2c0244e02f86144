package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** {@code vigie backup} says which key encrypted the file; {@code vigie restore --key} needs that key. */
class BackupCommandTest {
    @TempDir
    Path tmp;

    @Test
    void backup_names_its_key_and_restore_takes_it_from_key_and_refuses_another() throws Exception {
        Path source = tmp.resolve("source");
        try (App app = TestApp.create(source)) {
            TestApp.account(app, "amina", Role.ANALYST);
        }
        Path file = tmp.resolve("vigie.backup");
        Cli.Run backup = Cli.vigie("backup", "--data", source.toString(), file.toString());
        assertThat(backup.status()).as(backup.err()).isZero();
        Path keyFile = source.toAbsolutePath().resolve("keys").resolve("backup.json");
        assertThat(backup.out()).containsPattern("backup key [0-9a-f]{8} \\(" + java.util.regex.Pattern.quote(keyFile.toString()) + "\\)")
                .contains("apart from the server");

        Path otherKey = tmp.resolve("other-key.json");
        org.vigie.crypto.BackupKey.loadOrCreate(otherKey);
        Cli.Run wrong = Cli.vigie("restore", "--data", Cli.migrated(tmp.resolve("wrong")), "--key", otherKey.toString(), file.toString());
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).contains("wrong backup key");

        // The audit trail is verified under the key that wrote it, which the operator copies with the others.
        org.vigie.support.Insider.copyAuditKey(source, tmp.resolve("target"));
        Cli.Run restore = Cli.vigie("restore", "--data", Cli.migrated(tmp.resolve("target")), "--key", keyFile.toString(), file.toString());
        assertThat(restore.status()).as(restore.err()).isZero();
        try (App app = TestApp.create(tmp.resolve("target"))) {
            assertThat(app.accounts().byUsername("amina")).isPresent();
        }
    }
}
