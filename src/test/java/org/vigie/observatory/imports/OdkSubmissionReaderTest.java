package org.vigie.observatory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.observatory.imports.OdkFiles.FIRST;
import static org.vigie.observatory.imports.OdkFiles.SECOND;
import static org.vigie.observatory.imports.OdkFiles.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.vigie.observatory.incidents.IncidentDate;
import org.vigie.observatory.incidents.IncidentDraft;
import org.vigie.observatory.places.PCode;
import org.vigie.observatory.victims.AgeGroup;
import org.vigie.observatory.victims.ConsentUse;
import org.vigie.observatory.victims.Sex;
import org.vigie.observatory.victims.VictimCategory;
import org.vigie.observatory.victims.VictimDraft;
import org.vigie.observatory.vocabulary.Origin;
import org.vigie.observatory.vocabulary.PerpetratorCategory;

/** Submissions of Vigie's own XLSForm, as ODK Central and KoboToolbox export them, become incidents and victims. */
class OdkSubmissionReaderTest {

    private final IncidentImport central = read(OdkFiles.centralZip(), "vigie_incident.zip");

    private ImportedIncident incident(IncidentImport result, String instanceId) {
        return result.incidents().stream().filter(i -> i.incident().externalId().equals(instanceId)).findFirst().orElseThrow();
    }

    @Test
    void a_central_export_yields_each_submission_with_its_victims() {
        assertThat(central.errors()).isEmpty();
        assertThat(central.incidents()).hasSize(2);
        assertThat(incident(central, FIRST).victims()).hasSize(2);
        assertThat(incident(central, SECOND).victims()).hasSize(1);
    }

    @Test
    void the_answers_become_the_incident_draft_with_origin_odk_and_the_instance_id() {
        IncidentDraft d = incident(central, FIRST).incident();

        assertThat(d.origin()).isEqualTo(Origin.ODK);
        assertThat(d.externalId()).isEqualTo(FIRST);
        assertThat(d.date()).isEqualTo(IncidentDate.on(LocalDate.of(2024, 3, 16)));
        assertThat(d.place()).isEqualTo(PCode.of("ML050218"));
        assertThat(d.latitude()).isEqualTo(14.4667);
        assertThat(d.longitude()).isEqualTo(-3.3167);
        assertThat(d.title()).isEqualTo("Attaque du marché de Dogo (fictif)");
        assertThat(d.acts()).singleElement().satisfies(a -> {
            assertThat(a.actType()).isEqualTo("VG-ATTACK-CONVOY-PASSENGER");
            assertThat(a.perpetrators().get(0).category()).isEqualTo(PerpetratorCategory.TERRORIST_GROUPS);
            assertThat(a.perpetrators().get(0).groupName()).isEqualTo("JNIM");
        });
        assertThat(d.sources()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("22090320090116");
            assertThat(s.reliability()).isEqualTo("02000000000042");
        });
    }

    @Test
    void a_month_answer_and_a_place_known_to_the_cercle_are_kept_as_precise_as_given() {
        IncidentDraft d = incident(central, SECOND).incident();

        assertThat(d.date()).isEqualTo(IncidentDate.in(YearMonth.of(2024, 2)));
        assertThat(d.place()).isEqualTo(PCode.of("ML0405"));
        assertThat(d.latitude()).isNull();
    }

    @Test
    void a_victims_facts_consent_and_identity_are_read_apart() {
        VictimDraft awa = incident(central, FIRST).victims().get(0);

        assertThat(awa.sex()).isEqualTo(Sex.FEMALE);
        assertThat(awa.age()).isEqualTo(34);
        assertThat(awa.ageGroup()).isEqualTo(AgeGroup.ADULT_18_59);
        assertThat(awa.categories()).containsExactly(VictimCategory.CIVILIAN);
        assertThat(awa.consent().uses()).containsExactlyInAnyOrder(ConsentUse.DOCUMENTATION, ConsentUse.ANONYMISED_STATISTICS);
        assertThat(awa.identity().fullName()).isEqualTo("Awa Synthétique");
        assertThat(awa.actIndexes()).containsExactly(0);
    }

    @Test
    void a_victim_without_identity_or_consent_has_neither() {
        VictimDraft child = incident(central, FIRST).victims().get(1);

        assertThat(child.ageGroup()).isEqualTo(AgeGroup.CHILD_12_17);
        assertThat(child.categories()).containsExactlyInAnyOrder(VictimCategory.CHILD, VictimCategory.TEACHER_OR_PUPIL);
        assertThat(child.identity()).isNull();
        assertThat(child.consent().uses()).isEmpty();
    }

    @Test
    void the_submissions_table_alone_as_csv_yields_incidents_without_victims() {
        IncidentImport result = read(OdkFiles.text("vigie_incident.csv").getBytes(StandardCharsets.UTF_8), "vigie_incident.csv");

        assertThat(result.errors()).isEmpty();
        assertThat(result.incidents()).hasSize(2).allSatisfy(i -> assertThat(i.victims()).isEmpty());
    }

    @Test
    void a_kobo_workbook_yields_the_same_incident_and_victims() {
        IncidentImport kobo = read(OdkFiles.koboWorkbook(), "vigie_incident.xlsx");

        assertThat(kobo.errors()).isEmpty();
        ImportedIncident first = kobo.incidents().get(0);
        IncidentDraft fromCentral = incident(central, FIRST).incident();
        assertThat(first.incident().date()).isEqualTo(fromCentral.date());
        assertThat(first.incident().place()).isEqualTo(fromCentral.place());
        assertThat(first.incident().externalId()).isEqualTo(FIRST);
        assertThat(first.victims()).extracting(VictimDraft::sex).containsExactly(Sex.FEMALE, Sex.MALE);
    }

    @Test
    void the_xml_of_one_submission_yields_its_incident_and_victims() {
        IncidentImport result = read(OdkFiles.text("submission.xml").getBytes(StandardCharsets.UTF_8), "submission.xml");

        assertThat(result.errors()).isEmpty();
        ImportedIncident only = result.incidents().get(0);
        assertThat(only.incident().externalId()).isEqualTo("uuid:11111111-2222-4333-8444-555555555555");
        assertThat(only.incident().place()).isEqualTo(PCode.of("ML070403"));
        assertThat(only.incident().acts().get(0).actType()).isEqualTo("VG-ATTACK-HOSPITAL");
        assertThat(only.victims()).singleElement().satisfies(v -> {
            assertThat(v.categories()).containsExactly(VictimCategory.HEALTH_WORKER);
            assertThat(v.consent().allows(ConsentUse.JUSTICE)).isTrue();
            assertThat(v.consent().givenBy()).isEqualTo("victim");
        });
    }
}
