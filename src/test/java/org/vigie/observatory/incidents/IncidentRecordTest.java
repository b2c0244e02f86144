package org.vigie.observatory.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.App;
import org.vigie.audit.AuditQuery;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.PerpetratorCategory;
import org.vigie.security.Principal;
import org.vigie.security.Role;
import org.vigie.support.TestApp;

/** Recording an incident: checked whole, stored with its acts, perpetrators and sources, referenced, audited, restricted when it must be. */
class IncidentRecordTest {
    @TempDir
    static Path dir;
    static App app;
    static Observatory observatory;
    static final Principal ANALYST = new Principal(1, "analyst", Role.ANALYST, null);
    static final Principal OBSERVER = new Principal(2, "observer", Role.OBSERVER, null);
    static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.create(dir);
        observatory = app.observatory();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static InvalidInput refused(IncidentDraft d) {
        return (InvalidInput) org.assertj.core.api.Assertions.catchThrowable(() -> observatory.record(d, "monitor", "127.0.0.1"));
    }

    @Test
    void a_valid_incident_is_stored_whole_with_a_reference_made_of_its_year_and_number() {
        long id = observatory.record(Drafts.draft(Drafts.SANGHA, DAY, Drafts.SUMMARY_EXECUTION, Drafts.DISAPPEARANCE), "monitor", "10.0.0.1");
        Incident i = observatory.incident(id, ANALYST);
        assertThat(i.reference()).isEqualTo(String.format("ML-2025-%06d", id));
        assertThat(i.place()).isEqualTo(PCode.of(Drafts.SANGHA));
        assertThat(i.gazetteerEdition()).isEqualTo(Gazetteer.OCHA_COD_AB_2015);
        assertThat(i.acts()).extracting(IncidentAct::actType).containsExactly(Drafts.SUMMARY_EXECUTION, Drafts.DISAPPEARANCE);
        assertThat(i.acts().get(0).perpetrators()).singleElement()
                .satisfies(p -> assertThat(p.category()).isEqualTo(PerpetratorCategory.ARMED_GROUPS));
        assertThat(i.sources()).singleElement().satisfies(s -> assertThat(s.addedBy()).isEqualTo("monitor"));
        assertThat(i.status()).isEqualTo(VerificationStatus.REPORTED);
        assertThat(i.restricted()).isFalse();
        assertThat(app.audit().count(new AuditQuery("monitor", "incident.recorded", "incident:" + id, null, null, 0, 10))).isEqualTo(1);
    }

    @Test
    void an_unknown_pcode_is_refused_with_the_nearest_names() {
        InvalidInput e = refused(Drafts.withPlace(Drafts.draft(Drafts.SANGHA, DAY, Drafts.SUMMARY_EXECUTION), "ML050299", "Sanga"));
        assertThat(e.field()).isEqualTo("pcode");
        assertThat(e.messageKey()).isEqualTo("observatory.incident.unknown_place");
        assertThat(e.args()[2].toString()).contains("Sangha (ML050218)");
    }

    @Test
    void an_unknown_commune_without_locality_suggests_the_communes_of_its_cercle() {
        InvalidInput e = refused(Drafts.withPlace(Drafts.draft(Drafts.SANGHA, DAY, Drafts.SUMMARY_EXECUTION), "ML050299", null));
        assertThat(e.args()[2].toString()).contains("(ML0502");
    }

    @Test
    void a_date_in_the_future_is_refused() {
        InvalidInput e = refused(Drafts.draft(Drafts.SANGHA, LocalDate.now().plusDays(2), Drafts.SUMMARY_EXECUTION));
        assertThat(e.field()).isEqualTo("date_start");
    }

    @Test
    void a_missing_title_is_refused() {
        assertThat(refused(Drafts.withTitle(Drafts.draft(Drafts.SANGHA, DAY, Drafts.SUMMARY_EXECUTION), " ")).field()).isEqualTo("title");
    }

    @Test
    void an_act_type_that_is_not_a_type_of_act_names_the_act() {
        // 01000000000018 is a degree of involvement (list 18), not an act.
        InvalidInput e = refused(Drafts.draft(Drafts.SANGHA, DAY, Drafts.SUMMARY_EXECUTION, "01000000000018"));
        assertThat(e.field()).isEqualTo("acts[1].act_type");
        assertThat(refused(Drafts.draft(Drafts.SANGHA, DAY, "nonsense")).field()).isEqualTo("acts[0].act_type");
    }

    @Test
    void a_point_outside_mali_is_refused() {
        IncidentDraft d = Drafts.draft(Drafts.SANGHA, DAY, Drafts.SUMMARY_EXECUTION);
        assertThat(refused(Drafts.withPoint(d, 14.5, 3.9 + 10)).field()).isEqualTo("longitude");
        assertThat(refused(Drafts.withPoint(d, 14.5, null)).field()).isEqualTo("longitude");
        assertThat(observatory.incident(observatory.record(Drafts.withPoint(d, 14.35, -3.61), "monitor", "127.0.0.1"), ANALYST).latitude())
                .isEqualTo(14.35);
    }

    @Test
    void an_incident_with_a_rape_is_restricted_and_hidden_from_observers() {
        long id = observatory.record(Drafts.draft(Drafts.SANGHA, DAY, Drafts.SUMMARY_EXECUTION, Drafts.RAPE), "monitor", "127.0.0.1");
        assertThat(observatory.incident(id, ANALYST).restricted()).isTrue();
        assertThatThrownBy(() -> observatory.incident(id, OBSERVER)).isInstanceOf(NotFound.class);
    }

    @Test
    void sexual_violence_is_read_from_the_vocabulary_tree_and_the_extension_list() {
        assertThat(observatory.isSexualViolence("02010201000004")).as("female genital mutilation, below Sexual violations").isTrue();
        assertThat(observatory.isSexualViolence("VG-CHILD-SEXUAL-VIOLENCE")).isTrue();
        assertThat(observatory.isSexualViolence("02011111000004")).as("torture, beside rape").isFalse();
        assertThat(observatory.isSexualViolence(Drafts.SUMMARY_EXECUTION)).isFalse();
    }

    @Test
    void an_import_skips_what_it_already_recorded() {
        List<IncidentDraft> drafts = List.of(Drafts.draft(Drafts.MOPTI_COMMUNE, DAY, Origin.ACLED, "MLI1001", Drafts.SUMMARY_EXECUTION),
                Drafts.draft(Drafts.MOPTI_COMMUNE, DAY, Origin.ACLED, "MLI1002", Drafts.ATTACK_SCHOOL),
                Drafts.draft(Drafts.MOPTI_COMMUNE, DAY, Origin.ACLED, "MLI1002", Drafts.ATTACK_SCHOOL));
        assertThat(observatory.recordAll(drafts, "importer", "127.0.0.1")).isEqualTo(new Observatory.Recorded(2, 1));
        assertThat(observatory.recordAll(drafts, "importer", "127.0.0.1")).isEqualTo(new Observatory.Recorded(0, 3));
        assertThat(observatory.count(IncidentFilter.all(true).in(PCode.of(Drafts.MOPTI_COMMUNE)))).isEqualTo(2);
    }

    @Test
    void an_import_with_one_bad_draft_stores_nothing_and_names_the_draft() {
        long before = observatory.count(IncidentFilter.all(true));
        List<IncidentDraft> drafts = List.of(Drafts.draft(Drafts.MOPTI_COMMUNE, DAY, Origin.ODK, "uuid:1", Drafts.SUMMARY_EXECUTION),
                Drafts.draft(Drafts.MOPTI_COMMUNE, DAY, Origin.ODK, "uuid:2", "bad"));
        assertThatThrownBy(() -> observatory.recordAll(drafts, "importer", "127.0.0.1")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("incidents[1].acts[0].act_type"));
        assertThat(observatory.count(IncidentFilter.all(true))).isEqualTo(before);
    }

    @Test
    void the_same_external_id_cannot_be_recorded_twice_from_a_form() {
        IncidentDraft d = Drafts.draft(Drafts.SANGHA, DAY, Origin.ODK, "uuid:once", Drafts.SUMMARY_EXECUTION);
        observatory.record(d, "monitor", "127.0.0.1");
        assertThat(refused(d).field()).isEqualTo("external_id");
    }
}
