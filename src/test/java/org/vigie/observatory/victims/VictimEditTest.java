package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.errors.InvalidInput;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;

/** A victim's facts and identity corrected after recording: the checks of recording, re-encryption, an audit without values. */
class VictimEditTest {
    @TempDir
    static Path dir;
    static App app;
    static Principal monitor;
    static long incident;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        monitor = TestApp.account(app, "edit-monitor", Role.MONITOR).principal();
        incident = TestIncidents.insert(app, "edit-monitor", false, "killing", "looting");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static Victim recorded() {
        return app.victims().record(incident, new VictimDraft(Sex.MALE, 14, null, Set.of(VictimCategory.CHILD), List.of(0),
                new Identity("Moussa Traoré", null, "+223 76 00 00 01", null, null), VictimRecordTest.documentation()), monitor, "");
    }

    private static String lastDetails(String action, long victimId) {
        return app.audit().find(new AuditQuery("edit-monitor", action, "victim:" + victimId, null, null, 0, 1)).get(0).details();
    }

    @Test
    void corrected_facts_are_stored_and_the_audit_names_the_fields_changed() {
        Victim v = recorded();
        Victim edited = app.victims().changes().edit(incident, v.id(),
                new VictimDraft(Sex.MALE, 15, null, Set.of(VictimCategory.CHILD), List.of(0, 1), null, null), monitor, "");
        assertThat(edited.age()).isEqualTo(15);
        assertThat(edited.actIds()).hasSize(2);
        assertThat(edited.pseudonym()).isEqualTo(v.pseudonym());
        assertThat(lastDetails("victim.edited", v.id())).contains("age,acts").doesNotContain("sex,");
    }

    @Test
    void an_edit_passes_the_checks_of_recording() {
        Victim v = recorded();
        assertThatThrownBy(() -> app.victims().changes().edit(incident, v.id(),
                new VictimDraft(Sex.MALE, 30, null, Set.of(VictimCategory.CHILD), List.of(0), null, null), monitor, ""))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("categories");
        assertThatThrownBy(() -> app.victims().changes().edit(incident, v.id(),
                new VictimDraft(Sex.MALE, 14, null, Set.of(), List.of(5), null, null), monitor, ""))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("acts[0]");
        assertThat(app.victims().victim(incident, v.id(), monitor).age()).isEqualTo(14);
    }

    @Test
    void an_edited_identity_is_read_back_and_the_audit_names_only_the_fields_changed() {
        Victim v = recorded();
        app.victims().changes().changeIdentity(incident, v.id(), new Identity("Moussa Traoré", null, "+223 76 99 99 99", null, null), monitor, "");
        assertThat(app.victims().identity(incident, v.id(), monitor, "", "check").orElseThrow().contact()).isEqualTo("+223 76 99 99 99");
        String details = lastDetails("victim.identity.changed", v.id());
        assertThat(details).contains("\"contact\"").doesNotContain("full_name").doesNotContain("76 99").doesNotContain("Moussa");
    }

    @Test
    void the_new_identity_is_encrypted_bound_to_its_row() {
        Victim v = recorded();
        Victim other = recorded();
        app.victims().changes().changeIdentity(incident, v.id(), new Identity("Seydou Diarra", null, null, null, null), monitor, "");
        app.database().jdbi().useHandle(h -> h.execute("UPDATE victim SET identity = (SELECT identity FROM victim WHERE id = ?) WHERE id = ?",
                v.id(), other.id()));
        assertThatThrownBy(() -> app.victims().identity(incident, other.id(), monitor, "", "moved")).isInstanceOf(IdentityUnreadable.class);
    }

    @Test
    void an_identity_with_every_field_blank_erases_it() {
        Victim v = recorded();
        Victim after = app.victims().changes().changeIdentity(incident, v.id(), new Identity(" ", null, "", null, null), monitor, "");
        assertThat(after.hasIdentity()).isFalse();
        assertThat(lastDetails("victim.identity.changed", v.id())).contains("erased");
    }

    @Test
    void an_identity_is_refused_for_a_victim_without_consent_to_documentation() {
        Victim v = app.victims().record(incident, new VictimDraft(Sex.FEMALE, null, null, Set.of(), List.of(), null,
                new Consent(Set.of(ConsentUse.ANONYMISED_STATISTICS), LocalDate.of(2025, 3, 1), "victim")), monitor, "");
        assertThatThrownBy(() -> app.victims().changes().changeIdentity(incident, v.id(), new Identity("Aminata Cissé", null, null, null, null),
                monitor, "")).isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("consent");
    }
}
