package org.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.support.TestApp;

/** The audit trail is append-only for the application and tells exactly where someone tampered with it. */
class AuditChainTest {
    @TempDir
    static Path dir;
    static App app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    /** Each test starts from a fresh chain of five entries. */
    @BeforeEach
    void freshChain() {
        asOwner("TRUNCATE audit_entry");
        for (int i = 1; i <= 5; i++) {
            app.audit().record(AuditEvent.of("amina", "record.viewed", "incident:" + i, "10.0.0." + i));
        }
    }

    /** What an intruder with the database owner's password can do: switch the guard off and edit. */
    private static void asOwner(String sql) {
        org.vigie.db.Roles.owner(app).useHandle(h -> {
            h.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
            h.execute(sql);
            h.execute("ALTER TABLE audit_entry ENABLE TRIGGER USER");
        });
    }

    @Test
    void an_untouched_chain_verifies() {
        AuditVerification v = app.audit().verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entriesChecked()).isEqualTo(5);
    }

    @Test
    void the_application_cannot_change_or_delete_an_entry() {
        assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET actor = 'x' WHERE id = 2")))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE id = 2")))
                .hasMessageContaining("permission denied");
    }

    @Test
    void an_edited_entry_is_named_as_the_first_broken_one() {
        asOwner("UPDATE audit_entry SET actor = 'someone-else' WHERE id = 3");
        AuditVerification v = app.audit().verify();
        assertThat(v.firstBrokenId()).isEqualTo(3);
        assertThat(v.entriesChecked()).isEqualTo(2);
        assertThat(v.problem()).contains("changed");
    }

    @Test
    void a_deleted_entry_is_found_by_the_gap_it_leaves() {
        asOwner("DELETE FROM audit_entry WHERE id = 2");
        AuditVerification v = app.audit().verify();
        assertThat(v.firstBrokenId()).isEqualTo(3);
        assertThat(v.problem()).contains("missing");
    }

    @Test
    void an_entry_rewritten_with_a_fresh_hash_breaks_the_link_of_the_next() {
        AuditEntry e = app.audit().find(AuditQuery.latest(10)).stream().filter(x -> x.id() == 2).findFirst().orElseThrow();
        String forged = ChainHash.of(2, e.at(), "nobody", e.action(), e.target(), e.ip(), e.details(), e.prevHash());
        asOwner("UPDATE audit_entry SET actor = 'nobody', hash = '" + forged + "' WHERE id = 2");
        assertThat(app.audit().verify().firstBrokenId()).isEqualTo(3);
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
