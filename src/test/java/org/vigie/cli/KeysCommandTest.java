package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.config.Config;
import org.vigie.crypto.FieldCipher;
import org.vigie.observatory.victims.Consent;
import org.vigie.observatory.victims.ConsentUse;
import org.vigie.observatory.victims.Identity;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.victims.Victim;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;

/** {@code vigie keys rotate}: every encrypted record stays readable, with and without the old keys. */
class KeysCommandTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    private static final byte[] TOTP = "twenty-byte-secret!!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVIDENCE = "a scanned medical certificate".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** What was written before the rotation, to read back after it. */
    record Written(long incident, long victim, long account, long evidence) {
    }

    private Written write(App app) throws Exception {
        Principal analyst = TestApp.account(app, "keys-analyst", Role.ANALYST).principal();
        long incident = TestIncidents.insert(app, "keys-analyst", false, "killing");
        Victim v = app.victims().record(incident, new VictimDraft(Sex.MALE, 40, null, Set.of(), List.of(0),
                new Identity("Souleymane Cissé", null, null, null, null),
                new Consent(Set.of(ConsentUse.DOCUMENTATION), LocalDate.of(2025, 2, 1), "victim")), analyst, "");
        app.victims().addPhoto(incident, v.id(), PNG, analyst, "");
        FieldCipher cipher = cipher();
        long account = analyst.accountId();
        app.database().jdbi().useHandle(h -> h.execute("UPDATE account SET totp_secret = ? WHERE id = ?",
                cipher.encrypt(TOTP, FieldCipher.context("account", "totp_secret", account)), account));
        long evidence = app.database().jdbi().withHandle(h -> {
            long id = h.createQuery("SELECT nextval(pg_get_serial_sequence('incident_evidence', 'id'))").mapTo(Long.class).one();
            h.execute("INSERT INTO incident_evidence (id, incident_id, file_name, content_type, size_bytes, sha256, content, added_by) "
                    + "VALUES (?, ?, 'certificate.pdf', 'application/pdf', 29, 'x', ?, 'keys-analyst')",
                    id, incident, cipher.encrypt(EVIDENCE, FieldCipher.context("incident_evidence", "content", id)));
            return id;
        });
        return new Written(incident, v.id(), account, evidence);
    }

    private void assertReadable(App app, Written w, FieldCipher cipher) {
        Principal analyst = app.accounts().byUsername("keys-analyst").orElseThrow().principal();
        assertThat(app.victims().identity(w.incident(), w.victim(), analyst, "", "after rotation"))
                .hasValueSatisfying(i -> assertThat(i.fullName()).isEqualTo("Souleymane Cissé"));
        assertThat(app.victims().photos(w.incident(), w.victim(), analyst, "", "")).singleElement()
                .satisfies(p -> assertThat(p.content()).isEqualTo(PNG));
        byte[] totp = app.database().jdbi().withHandle(h -> h.createQuery("SELECT totp_secret FROM account WHERE id = :id")
                .bind("id", w.account()).mapTo(byte[].class).one());
        assertThat(cipher.decrypt(totp, FieldCipher.context("account", "totp_secret", w.account()))).isEqualTo(TOTP);
        byte[] evidence = app.database().jdbi().withHandle(h -> h.createQuery("SELECT content FROM incident_evidence WHERE id = :id")
                .bind("id", w.evidence()).mapTo(byte[].class).one());
        assertThat(cipher.decrypt(evidence, FieldCipher.context("incident_evidence", "content", w.evidence()))).isEqualTo(EVIDENCE);
    }

    private FieldCipher cipher() throws Exception {
        return FieldCipher.load(keyFile(), null);
    }

    private Path keyFile() {
        return dir.resolve("keys").resolve("fields.json");
    }

    @Test
    void after_a_rotation_every_encrypted_record_is_readable_under_the_new_keyset() throws Exception {
        Written w;
        try (App app = TestApp.create(dir)) {
            w = write(app);
        }
        Cli.Run run = Cli.vigie("keys", "rotate", "--data", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 key(s) before, 2 now").contains("victim.identity=1").contains("account.totp_secret=1");
        assertThat(cipher().keyCount()).isEqualTo(2);
        assertThat(keyFile().resolveSibling("fields.json.bak")).doesNotExist();
        try (App app = TestApp.create(dir)) {
            assertReadable(app, w, cipher());
            assertThat(app.audit().count(new AuditQuery("cli", "keys.rotated", null, null, null, 0, 10))).isEqualTo(1);
        }
    }

    @Test
    void after_dropping_the_old_keys_every_record_is_still_readable() throws Exception {
        Written w;
        String oldKeyset;
        try (App app = TestApp.create(dir)) {
            w = write(app);
        }
        oldKeyset = Files.readString(keyFile());
        assertThat(Cli.vigie("keys", "rotate", "--data", dir.toString()).status()).isZero();
        Cli.Run run = Cli.vigie("keys", "rotate", "--drop-old", "--data", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("old keys dropped");
        assertThat(cipher().keyCount()).isEqualTo(1);
        try (App app = TestApp.create(dir)) {
            assertReadable(app, w, cipher());
            byte[] identity = app.database().jdbi().withHandle(h -> h.createQuery("SELECT identity FROM victim WHERE id = :id")
                    .bind("id", w.victim()).mapTo(byte[].class).one());
            FieldCipher old = FieldCipher.load(dir.resolve("nowhere.json"), oldKeyset);
            assertThatThrownBy(() -> old.decrypt(identity, FieldCipher.context("victim", "identity", w.victim())))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void an_altered_record_stops_the_rotation_before_anything_changes() throws Exception {
        Written w;
        try (App app = TestApp.create(dir)) {
            w = write(app);
            app.database().jdbi().useHandle(h -> h.execute(
                    "UPDATE victim SET identity = set_byte(identity, 20, get_byte(identity, 20) # 1) WHERE id = ?", w.victim()));
        }
        String before = Files.readString(keyFile());
        Cli.Run run = Cli.vigie("keys", "rotate", "--data", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("victim.identity of row " + w.victim() + " cannot be decrypted: altered or wrong key");
        assertThat(Files.readString(keyFile())).isEqualTo(before);
        assertThat(keyFile().resolveSibling("fields.json.bak")).doesNotExist();
    }

    @Test
    void a_keyset_from_the_environment_is_printed_for_the_operator_and_its_old_keys_are_kept() throws Exception {
        Written w;
        try (App app = TestApp.create(dir)) {
            w = write(app);
        }
        String keyset = Files.readString(keyFile());
        Files.delete(keyFile());
        StringBuilder printed = new StringBuilder();
        try (App app = App.create(Config.of(dir, "localhost", 0, false, Map.of("VIGIE_FIELD_KEYSET", keyset)))) {
            assertThatThrownBy(() -> app.keyRotation().rotate("operator", true, printed::append))
                    .hasMessageContaining("cannot drop its old keys");
            assertThat(printed).isEmpty();
            app.keyRotation().rotate("operator", false, printed::append);
        }
        assertThat(keyFile()).doesNotExist();
        FieldCipher next = FieldCipher.load(dir.resolve("nowhere.json"), printed.toString());
        assertThat(next.keyCount()).isEqualTo(2);
        try (App app = App.create(Config.of(dir, "localhost", 0, false, Map.of("VIGIE_FIELD_KEYSET", printed.toString())))) {
            assertReadable(app, w, next);
        }
    }
}
