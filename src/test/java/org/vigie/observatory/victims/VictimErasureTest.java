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
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;

/** Deleting a victim and withdrawing its consent erase what identifies it, and the change holds at once. */
class VictimErasureTest {
    @TempDir
    static Path dir;
    static App app;
    static Principal analyst;
    static long incident;
    static long restricted;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        analyst = TestApp.account(app, "erase-analyst", Role.ANALYST).principal();
        incident = TestIncidents.insert(app, "erase-analyst", false, "killing");
        restricted = TestIncidents.insert(app, "erase-analyst", true, "rape");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static Victim withIdentityAndPhoto(long incident, Set<ConsentUse> uses) {
        Victim v = app.victims().record(incident, new VictimDraft(Sex.FEMALE, 25, null, Set.of(VictimCategory.CIVILIAN), List.of(0),
                new Identity("Fatoumata Keïta", null, "+223 66 00 11 22", null, null),
                new Consent(uses, LocalDate.of(2025, 3, 15), "victim")), analyst, "");
        app.victims().addPhoto(incident, v.id(), VictimRecordTest.png(), analyst, "");
        return v;
    }

    private static Consent consent(ConsentUse... uses) {
        return new Consent(Set.of(uses), LocalDate.of(2025, 5, 2), "victim");
    }

    /** How many values of any bytea column of any table contain {@code bytes}. */
    private static long holding(byte[] bytes) {
        return app.database().jdbi().withHandle(h -> {
            long n = 0;
            var columns = h.createQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND data_type = 'bytea'").map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).list();
            for (List<String> c : columns) {
                n += h.createQuery("SELECT count(*) FROM \"" + c.get(0) + "\" WHERE position(:b IN \"" + c.get(1) + "\") > 0")
                        .bind("b", bytes).mapTo(Long.class).one();
            }
            return n;
        });
    }

    private static byte[] bytes(String sql, long id) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(byte[].class).one());
    }

    @Test
    void after_deletion_the_database_holds_no_ciphertext_of_the_victim() {
        Victim v = withIdentityAndPhoto(incident, Set.of(ConsentUse.DOCUMENTATION));
        byte[] identity = bytes("SELECT identity FROM victim WHERE id = :id", v.id());
        byte[] photo = bytes("SELECT content FROM victim_photo WHERE victim_id = :id", v.id());
        assertThat(holding(identity)).isEqualTo(1);
        assertThat(holding(photo)).isEqualTo(1);

        app.victims().changes().delete(incident, v.id(), analyst, "");

        assertThat(holding(identity)).isZero();
        assertThat(holding(photo)).isZero();
        assertThatThrownBy(() -> app.victims().victim(incident, v.id(), analyst)).isInstanceOf(NotFound.class);
    }

    @Test
    void a_removed_photo_leaves_no_ciphertext_and_is_audited() {
        Victim v = withIdentityAndPhoto(incident, Set.of(ConsentUse.DOCUMENTATION));
        long photoId = app.victims().victim(incident, v.id(), analyst).photoIds().get(0);
        byte[] photo = bytes("SELECT content FROM victim_photo WHERE id = :id", photoId);

        app.victims().changes().removePhoto(incident, v.id(), photoId, analyst, "");

        assertThat(holding(photo)).isZero();
        assertThat(app.victims().identity(incident, v.id(), analyst, "", "still")).isPresent();
        assertThat(app.audit().find(new AuditQuery("erase-analyst", "victim.photo.removed", "victim:" + v.id(), null, null, 0, 10)))
                .hasSize(1);
    }

    @Test
    void a_deleted_victims_pseudonym_is_never_drawn_again() {
        Victim v = app.victims().record(incident, new VictimDraft(Sex.MALE, null, null, Set.of(), List.of(), null, null), analyst, "");
        app.victims().changes().delete(incident, v.id(), analyst, "");
        boolean taken = app.database().jdbi().withHandle(h -> new VictimStore().pseudonymTaken(h, v.pseudonym()));
        assertThat(taken).isTrue();
    }

    @Test
    void a_deletion_is_audited_by_pseudonym_without_the_identity() {
        Victim v = withIdentityAndPhoto(incident, Set.of(ConsentUse.DOCUMENTATION));
        app.victims().changes().delete(incident, v.id(), analyst, "10.0.0.7");
        var entries = app.audit().find(new AuditQuery("erase-analyst", "victim.deleted", "victim:" + v.id(), null, null, 0, 10));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).details()).contains(v.pseudonym()).contains("erased").doesNotContain("Fatoumata");
    }

    @Test
    void withdrawing_consent_to_documentation_erases_the_identity_and_photos_and_keeps_the_facts() {
        Victim v = withIdentityAndPhoto(incident, Set.of(ConsentUse.DOCUMENTATION, ConsentUse.ANONYMISED_STATISTICS));
        byte[] identity = bytes("SELECT identity FROM victim WHERE id = :id", v.id());

        Victim after = app.victims().changes().changeConsent(incident, v.id(), consent(ConsentUse.ANONYMISED_STATISTICS), analyst, "");

        assertThat(holding(identity)).isZero();
        assertThat(after.hasIdentity()).isFalse();
        assertThat(after.photoIds()).isEmpty();
        assertThat(after.consent().uses()).containsExactly(ConsentUse.ANONYMISED_STATISTICS);
        assertThat(after.pseudonym()).isEqualTo(v.pseudonym());
        assertThat(after.age()).isEqualTo(25);
        assertThat(after.actIds()).isEqualTo(v.actIds());
    }

    @Test
    void after_withdrawal_the_identity_is_refused_in_the_restricted_view_at_once() {
        Victim v = withIdentityAndPhoto(restricted, Set.of(ConsentUse.DOCUMENTATION));
        assertThat(app.victims().identity(restricted, v.id(), analyst, "", "before")).isPresent();

        app.victims().changes().changeConsent(restricted, v.id(), consent(), analyst, "");

        assertThatThrownBy(() -> app.victims().identity(restricted, v.id(), analyst, "", "after")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> app.victims().photos(restricted, v.id(), analyst, "", "after")).isInstanceOf(Forbidden.class);
    }

    @Test
    void once_consent_to_justice_is_withdrawn_the_identity_is_refused_for_justice_but_still_read_for_documentation() {
        Victim v = withIdentityAndPhoto(incident, Set.of(ConsentUse.DOCUMENTATION, ConsentUse.JUSTICE));
        assertThat(app.victims().identity(incident, v.id(), analyst, "", "court", ConsentUse.JUSTICE)).isPresent();

        app.victims().changes().changeConsent(incident, v.id(), consent(ConsentUse.DOCUMENTATION), analyst, "");

        assertThatThrownBy(() -> app.victims().identity(incident, v.id(), analyst, "", "court", ConsentUse.JUSTICE))
                .isInstanceOf(Forbidden.class);
        assertThat(app.victims().identity(incident, v.id(), analyst, "", "file")).isPresent();
        assertThat(app.audit().find(new AuditQuery("erase-analyst", "victim.identity.refused", "victim:" + v.id(), null, null, 0, 10))
                .get(0).details()).contains("justice");
    }

    @Test
    void the_consent_history_shows_each_consent_with_who_recorded_it_and_the_erasure() {
        Victim v = withIdentityAndPhoto(incident, Set.of(ConsentUse.DOCUMENTATION, ConsentUse.REFERRAL));
        app.victims().changes().changeConsent(incident, v.id(), consent(ConsentUse.DOCUMENTATION), analyst, "");
        app.victims().changes().changeConsent(incident, v.id(), new Consent(Set.of(), null, "guardian"), analyst, "");

        List<ConsentChange> history = app.victims().changes().consentHistory(incident, v.id(), analyst);

        assertThat(history).extracting(ConsentChange::uses).containsExactly(
                Set.of(ConsentUse.DOCUMENTATION, ConsentUse.REFERRAL), Set.of(ConsentUse.DOCUMENTATION), Set.of());
        assertThat(history).extracting(ConsentChange::identityErased).containsExactly(false, false, true);
        assertThat(history.get(2).expressedBy()).isEqualTo("guardian");
        assertThat(history.get(2).expressedOn()).isNotNull();
        assertThat(history).extracting(ConsentChange::recordedBy).containsOnly("erase-analyst");
    }

    @Test
    void a_withdrawal_must_say_who_asked_for_it() {
        Victim v = withIdentityAndPhoto(incident, Set.of(ConsentUse.DOCUMENTATION));
        assertThatThrownBy(() -> app.victims().changes().changeConsent(incident, v.id(), new Consent(Set.of(), null, null), analyst, ""))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("consent.given_by");
        assertThat(app.victims().identity(incident, v.id(), analyst, "", "still there")).isPresent();
    }

    @Test
    void a_consent_change_is_audited_with_what_was_withdrawn() {
        Victim v = withIdentityAndPhoto(incident, Set.of(ConsentUse.DOCUMENTATION, ConsentUse.REPARATIONS));
        app.victims().changes().changeConsent(incident, v.id(), consent(), analyst, "");
        var entries = app.audit().find(new AuditQuery("erase-analyst", "victim.consent.changed", "victim:" + v.id(), null, null, 0, 10));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).details()).contains("documentation,reparations").contains("identity_erased").contains("true");
    }
}
