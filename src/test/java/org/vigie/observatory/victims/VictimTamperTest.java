package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;

/** An encrypted identity changed in the database is detected and reported, never decrypted into garbage. */
class VictimTamperTest {
    @TempDir
    static Path dir;
    static App app;
    static Principal analyst;
    static long incident;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        analyst = TestApp.account(app, "tamper-analyst", Role.ANALYST).principal();
        incident = TestIncidents.insert(app, "tamper-analyst", false, "torture");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static Victim victim(String name) {
        return app.victims().record(incident, new VictimDraft(Sex.MALE, 30, null, Set.of(VictimCategory.CIVILIAN), List.of(0),
                new Identity(name, null, null, null, null), VictimRecordTest.documentation()), analyst, "");
    }

    private static void sql(String statement, Object... args) {
        app.database().jdbi().useHandle(h -> h.execute(statement, args));
    }

    @Test
    void a_byte_flipped_in_the_database_is_detected_and_named_by_pseudonym() {
        Victim v = victim("Boubacar Touré");
        sql("UPDATE victim SET identity = set_byte(identity, 20, get_byte(identity, 20) # 1) WHERE id = ?", v.id());
        assertThatThrownBy(() -> app.victims().identity(incident, v.id(), analyst, "", "check"))
                .isInstanceOf(IdentityUnreadable.class)
                .hasMessage("identity of victim " + v.pseudonym() + " cannot be decrypted: altered or wrong key");
    }

    @Test
    void an_altered_identity_is_recorded_in_the_audit_trail() {
        Victim v = victim("Mariam Dembélé");
        sql("UPDATE victim SET identity = set_byte(identity, 30, get_byte(identity, 30) # 128) WHERE id = ?", v.id());
        assertThatThrownBy(() -> app.victims().identity(incident, v.id(), analyst, "", "")).isInstanceOf(IdentityUnreadable.class);
        assertThat(app.audit().find(new AuditQuery(null, "victim.identity.unreadable", "victim:" + v.id(), null, null, 0, 10)))
                .singleElement().satisfies(e -> assertThat(e.details()).contains(v.pseudonym()));
    }

    @Test
    void a_ciphertext_copied_from_another_victim_does_not_decrypt() {
        Victim source = victim("Ibrahim Maïga");
        Victim target = victim("Aminata Sidibé");
        sql("UPDATE victim SET identity = (SELECT identity FROM victim WHERE id = ?) WHERE id = ?", source.id(), target.id());
        assertThatThrownBy(() -> app.victims().identity(incident, target.id(), analyst, "", ""))
                .isInstanceOf(IdentityUnreadable.class).hasMessageNotContaining("Ibrahim");
        assertThat(app.victims().identity(incident, source.id(), analyst, "", "")).hasValueSatisfying(
                i -> assertThat(i.fullName()).isEqualTo("Ibrahim Maïga"));
    }

    @Test
    void an_altered_photo_is_detected() {
        Victim v = victim("Hawa Diarra");
        long photo = app.victims().addPhoto(incident, v.id(), VictimRecordTest.png(), analyst, "");
        sql("UPDATE victim_photo SET content = set_byte(content, 10, get_byte(content, 10) # 1) WHERE id = ?", photo);
        assertThatThrownBy(() -> app.victims().photos(incident, v.id(), analyst, "", "")).isInstanceOf(IdentityUnreadable.class);
    }
}
