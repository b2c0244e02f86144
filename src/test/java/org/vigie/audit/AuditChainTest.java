package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.support.Insider;
import org.vigie.support.TestApp;

/**
 * The audit trail is append-only for the application and tells exactly where an insider with every
 * right on the database, but not the audit key, tampered with it.
 */
class AuditChainTest {
    @TempDir
    Path dir;
    App app;

    /** Each test starts from a fresh installation whose chain holds five entries. */
    @BeforeEach
    void fiveEntries() throws Exception {
        app = TestApp.create(dir);
        for (int i = 1; i <= 5; i++) {
            app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:" + i, "10.0.0." + i));
        }
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private AuditEntry entry(long id) {
        return app.audit().find(AuditQuery.latest(500)).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Test
    void an_untouched_chain_verifies() {
        AuditVerification v = app.audit().verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entriesChecked()).isEqualTo(5);
    }

    @Test
    void the_application_cannot_change_or_delete_an_entry() {
        // The role that serves has no right to it (insufficient privilege) ...
        assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET actor = 'x' WHERE id = 2")))
                .hasMessageContaining("SQLSTATE 42501");
        assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE id = 2")))
                .hasMessageContaining("SQLSTATE 42501");
        // ... and the owner, who has, meets the append-only trigger unless it switches it off (which the chain then shows).
        assertThatThrownBy(() -> org.vigie.db.Roles.owner(app).useHandle(h -> h.execute("UPDATE audit_entry SET actor = 'x' WHERE id = 2")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> org.vigie.db.Roles.owner(app).useHandle(h -> h.execute("DELETE FROM audit_entry WHERE id = 2")))
                .hasMessageContaining("append-only");
    }

    @Test
    void an_edited_entry_is_named_as_the_first_broken_one() {
        Insider.sql(app, "UPDATE audit_entry SET actor = 'someone-else' WHERE id = 3");
        AuditVerification v = app.audit().verify();
        assertThat(v.firstBrokenId()).isEqualTo(3);
        assertThat(v.entriesChecked()).isEqualTo(2);
        assertThat(v.problem()).contains("changed");
    }

    @Test
    void a_deleted_entry_is_found_by_the_gap_it_leaves() {
        Insider.sql(app, "DELETE FROM audit_entry WHERE id = 2");
        AuditVerification v = app.audit().verify();
        assertThat(v.firstBrokenId()).isEqualTo(3);
        assertThat(v.problem()).contains("entries 2 to 2 are missing");
    }

    @Test
    void a_deleted_entry_with_the_rest_renumbered_and_rehashed_without_the_key_is_found() {
        // The old attack: delete, renumber, recompute every plain SHA-256 link. Without the key, the first recomputed entry fails.
        Insider.sql(app, "DELETE FROM audit_entry WHERE id = 2", "UPDATE audit_entry SET id = id - 1 WHERE id > 2");
        List<AuditEntry> left = new java.util.ArrayList<>(app.audit().find(AuditQuery.latest(500)));
        java.util.Collections.reverse(left);
        String prev = ChainHash.GENESIS;
        for (AuditEntry e : left) {
            String plain = ChainHash.legacy(e.id(), e.at(), e.actor(), e.action(), e.target(), e.ip(), e.details(), prev);
            Insider.sql(app, "UPDATE audit_entry SET prev_hash = '" + prev + "', hash = '" + plain + "' WHERE id = " + e.id());
            prev = plain;
        }
        AuditVerification v = app.audit().verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenId()).isEqualTo(1);
        assertThat(v.problem()).contains("plain hash").contains("without the key");
    }

    @Test
    void an_entry_rewritten_with_a_guessed_key_is_named() {
        AuditEntry e = entry(2);
        String forged = new ChainHash(new byte[32]).of(2, e.at(), "nobody", e.action(), e.target(), e.ip(), e.details(), e.prevHash());
        Insider.sql(app, "UPDATE audit_entry SET actor = 'nobody', hash = '" + forged + "' WHERE id = 2");
        assertThat(app.audit().verify().firstBrokenId()).isEqualTo(2);
    }

    @Test
    void entries_cut_from_the_end_are_found_against_the_last_checkpoint() {
        Checkpoint c = app.audit().checkpoint().orElseThrow();
        assertThat(c.seq()).isEqualTo(5);
        Insider.sql(app, "DELETE FROM audit_entry WHERE id >= 4");
        AuditVerification v = app.audit().verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenId()).isEqualTo(4);
        assertThat(v.problem()).contains("entries 4 to 5 are missing").contains("covers 5 entries");
        assertThat(v.checkpointCovers()).isEqualTo(5);
    }

    @Test
    void a_chain_cut_and_regrown_to_the_same_length_differs_from_the_checkpoint() {
        app.audit().checkpoint().orElseThrow();
        Insider.sql(app, "DELETE FROM audit_entry WHERE id = 5");
        app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:other", "10.0.0.9"));
        AuditVerification v = app.audit().verify();
        assertThat(v.firstBrokenId()).isEqualTo(5);
        assertThat(v.problem()).contains("checkpoint");
    }

    @Test
    void the_checkpoint_says_how_many_entries_it_covers_and_its_signature_is_checked() throws Exception {
        app.audit().checkpoint();
        app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:6", ""));
        AuditVerification v = app.audit().verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entriesChecked()).isEqualTo(6);
        assertThat(v.checkpointCovers()).isEqualTo(5);

        Path log = dir.resolve("audit-checkpoints/checkpoints.jsonl");
        java.nio.file.Files.writeString(log, java.nio.file.Files.readString(log).replace("\"seq\":5", "\"seq\":4"));
        assertThat(app.audit().verify().problem()).contains("not signed");
    }

    @Test
    void the_checkpoint_file_is_readable_by_its_owner_only() throws Exception {
        app.audit().checkpoint();
        assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("audit-checkpoints/checkpoints.jsonl")))
                .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("keys/audit.key")))
                .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void details_that_look_like_secrets_are_refused() {
        assertThatThrownBy(() -> AuditEvent.of("a", "login.failed", "", "").with("password", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of("a", "token.created", "", "").with("token_value", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_viewer_filters_by_actor_action_and_target() {
        app.audit().record(AuditEvent.of("moussa", "account.created", "account:9", "10.0.0.9"));
        assertThat(app.audit().find(new AuditQuery("moussa", null, null, null, null, 0, 50))).hasSize(1);
        assertThat(app.audit().count(new AuditQuery(null, "record.", null, null, null, 0, 50))).isEqualTo(5);
        assertThat(app.audit().find(new AuditQuery(null, null, "incident:4", null, null, 0, 50)))
                .singleElement().extracting(AuditEntry::ip).isEqualTo("10.0.0.4");
    }
}
