package org.vigie.observatory.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;
import org.vigie.support.TestIncidents;

/** Recording a victim: the checks a draft passes, the pseudonym, the encrypted identity, the audit entry. */
class VictimRecordTest {
    @TempDir
    static Path dir;
    static App app;
    static Principal monitor;
    static long incident;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        monitor = TestApp.account(app, "rec-monitor", Role.MONITOR).principal();
        incident = TestIncidents.insert(app, "rec-monitor", false, "killing", "arbitrary_arrest");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    static VictimDraft draft(Integer age, AgeGroup group, Set<VictimCategory> categories, List<Integer> acts, Identity identity, Consent consent) {
        return new VictimDraft(Sex.FEMALE, age, group, categories, acts, identity, consent);
    }

    static Consent documentation() {
        return new Consent(Set.of(ConsentUse.DOCUMENTATION), LocalDate.of(2025, 3, 15), "victim");
    }

    private static InvalidInput refused(VictimDraft d) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> app.victims().record(incident, d, monitor, "127.0.0.1"));
        assertThat(t).isInstanceOf(InvalidInput.class);
        return (InvalidInput) t;
    }

    @Test
    void a_victim_is_stored_with_a_random_pseudonym_its_facts_and_the_acts_it_suffered() {
        Victim v = app.victims().record(incident, draft(34, null, Set.of(VictimCategory.CIVILIAN), List.of(1),
                new Identity("Awa Traoré", null, null, null, null), documentation()), monitor, "127.0.0.1");
        assertThat(v.pseudonym()).matches("V-[0-9A-Z]{6}");
        assertThat(v.pseudonym()).doesNotContain("AWA").doesNotContain("TRAORE");
        assertThat(v.ageGroup()).isEqualTo(AgeGroup.ADULT_18_59);
        assertThat(v.hasIdentity()).isTrue();
        assertThat(v.actIds()).hasSize(1);
        assertThat(v.consent().allows(ConsentUse.DOCUMENTATION)).isTrue();
    }

    @Test
    void two_victims_get_two_pseudonyms() {
        Victim a = app.victims().record(incident, draft(null, null, Set.of(), List.of(), null, null), monitor, "");
        Victim b = app.victims().record(incident, draft(null, null, Set.of(), List.of(), null, null), monitor, "");
        assertThat(a.pseudonym()).isNotEqualTo(b.pseudonym());
        assertThat(a.ageGroup()).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(a.hasIdentity()).isFalse();
    }

    @Test
    void an_age_outside_the_age_group_given_is_refused_naming_the_age_group() {
        InvalidInput e = refused(draft(40, AgeGroup.CHILD_12_17, Set.of(), List.of(), null, null));
        assertThat(e.field()).isEqualTo("age_group");
        assertThat(e.messageKey()).isEqualTo("observatory.victim.age_group_mismatch");
    }

    @Test
    void an_impossible_age_is_refused() {
        assertThat(refused(draft(151, null, Set.of(), List.of(), null, null)).field()).isEqualTo("age");
    }

    @Test
    void a_child_in_an_adult_age_group_is_refused() {
        InvalidInput e = refused(draft(25, null, Set.of(VictimCategory.CHILD), List.of(), null, null));
        assertThat(e.field()).isEqualTo("categories");
    }

    @Test
    void an_act_the_incident_does_not_have_is_refused_naming_it() {
        InvalidInput e = refused(draft(null, null, Set.of(), List.of(0, 2), null, null));
        assertThat(e.field()).isEqualTo("acts[1]");
    }

    @Test
    void an_act_of_another_incident_cannot_be_named() {
        long other = TestIncidents.insert(app, "rec-monitor", false);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() ->
                app.victims().record(other, draft(null, null, Set.of(), List.of(0), null, null), monitor, ""));
        assertThat(((InvalidInput) t).field()).isEqualTo("acts[0]");
    }

    @Test
    void an_identity_without_consent_to_documentation_is_refused() {
        InvalidInput e = refused(draft(null, null, Set.of(), List.of(),
                new Identity("Moussa Keita", null, null, null, null), new Consent(Set.of(ConsentUse.JUSTICE), LocalDate.of(2025, 1, 2), "victim")));
        assertThat(e.field()).isEqualTo("consent");
    }

    @Test
    void a_consent_names_who_gave_it_as_a_relationship_and_a_name_there_is_not_repeated() {
        InvalidInput e = refused(draft(null, null, Set.of(), List.of(), null,
                new Consent(Set.of(ConsentUse.DOCUMENTATION), LocalDate.of(2025, 1, 2), "Fatoumata Diallo")));
        assertThat(e.field()).isEqualTo("consent.given_by");
        assertThat(e.args()).isEmpty();
    }

    @Test
    void a_consent_needs_its_date() {
        assertThat(refused(draft(null, null, Set.of(), List.of(), null,
                new Consent(Set.of(ConsentUse.DOCUMENTATION), null, "parent"))).field()).isEqualTo("consent.given_on");
    }

    @Test
    void recording_a_victim_is_audited_with_its_pseudonym_and_never_its_identity() {
        Victim v = app.victims().record(incident, draft(null, null, Set.of(), List.of(),
                new Identity("Oumou Sangaré", "Oumou", "+223 70 00 00 00", "ML-123456", null), documentation()), monitor, "10.0.0.9");
        var entries = app.audit().find(new AuditQuery(null, "victim.recorded", "victim:" + v.id(), null, null, 0, 10));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).details()).contains(v.pseudonym()).doesNotContain("Oumou").doesNotContain("123456");
    }

    @Test
    void the_identity_column_holds_no_name_in_clear() {
        Victim v = app.victims().record(incident, draft(null, null, Set.of(), List.of(),
                new Identity("Seydou Koné", null, null, null, null), documentation()), monitor, "");
        byte[] stored = app.database().jdbi().withHandle(h -> h.createQuery("SELECT identity FROM victim WHERE id = :id")
                .bind("id", v.id()).mapTo(byte[].class).one());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Seydou").doesNotContain("Kon");
    }

    @Test
    void an_observer_cannot_record_a_victim() {
        Principal observer = TestApp.account(app, "rec-observer", Role.OBSERVER).principal();
        assertThatThrownBy(() -> app.victims().record(incident, draft(null, null, Set.of(), List.of(), null, null), observer, ""))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void a_photo_is_recognised_by_its_first_bytes_not_its_name() {
        Victim v = app.victims().record(incident, draft(null, null, Set.of(), List.of(), null, documentation()), monitor, "");
        assertThatThrownBy(() -> app.victims().addPhoto(incident, v.id(), "<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8), monitor, ""))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("photo_type");
        long id = app.victims().addPhoto(incident, v.id(), png(), monitor, "");
        var photos = app.victims().photos(incident, v.id(), monitor, "", "check");
        assertThat(photos).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.contentType()).isEqualTo("image/png");
            assertThat(p.content()).isEqualTo(png());
        });
    }

    @Test
    void a_photo_over_five_megabytes_is_refused() {
        Victim v = app.victims().record(incident, draft(null, null, Set.of(), List.of(), null, documentation()), monitor, "");
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(png(), 0, big, 0, png().length);
        assertThatThrownBy(() -> app.victims().addPhoto(incident, v.id(), big, monitor, ""))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("photo_too_large");
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }
}
