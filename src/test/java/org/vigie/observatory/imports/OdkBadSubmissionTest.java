package org.vigie.observatory.imports;

import org.vigie.files.ImportIssue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.observatory.imports.OdkFiles.FIRST;
import static org.vigie.observatory.imports.OdkFiles.read;
import static org.vigie.observatory.imports.OdkFiles.text;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Submissions that cannot be imported: all or nothing, each error with its row and column, no identity in messages. */
class OdkBadSubmissionTest {

    private static IncidentImport central(String submissions, String victims) {
        return read(OdkFiles.centralZip(submissions, victims), "export.zip");
    }

    @Test
    void a_commune_outside_the_chosen_cercle_refuses_the_file_naming_line_and_column() {
        IncidentImport result = central(text("vigie_incident.csv").replace(",ML050218,", ",ML040501,"), text("vigie_incident-victims.csv"));

        assertThat(result.incidents()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("line 2, column incident-commune");
            assertThat(e.messageKey()).isEqualTo("observatory.import.odk_place_invalid");
        });
    }

    @Test
    void an_act_type_outside_the_vocabulary_is_an_error() {
        IncidentImport result = central(text("vigie_incident.csv").replace("VG-CHILD-ABDUCTION", "VG-SOMETHING-ELSE"),
                text("vigie_incident-victims.csv"));

        assertThat(result.errors()).extracting(ImportIssue::where).containsExactly("line 3, column incident-act_type");
    }

    @Test
    void an_identity_without_consent_to_documentation_is_refused_without_repeating_it() {
        String victims = text("vigie_incident-victims.csv").replace("documentation anonymised_statistics", "anonymised_statistics");

        IncidentImport result = central(text("vigie_incident.csv"), victims);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("observatory.import.odk_identity_without_consent");
            assertThat(e.where()).isEqualTo("line 2, column vigie_incident-victims.csv: victim_name");
            assertThat(e.args()).isEmpty();
        });
    }

    @Test
    void a_victim_of_a_submission_not_in_the_file_is_an_error() {
        String victims = text("vigie_incident-victims.csv").replace("uuid:0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d,", "uuid:ffffffff-0000-4000-8000-000000000000,");

        IncidentImport result = central(text("vigie_incident.csv"), victims);

        assertThat(result.errors()).extracting(ImportIssue::messageKey).containsExactly("observatory.import.odk_orphan_victim");
    }

    @Test
    void a_missing_required_answer_and_a_bad_choice_are_both_reported() {
        String submissions = text("vigie_incident.csv").replace(",day,2024-03-16,", ",day,,").replace(",unknown,", ",aliens,");

        IncidentImport result = central(submissions, text("vigie_incident-victims.csv"));

        assertThat(result.errors()).extracting(ImportIssue::where)
                .containsExactly("line 2, column incident-date_start", "line 3, column incident-perpetrator_category");
    }

    @Test
    void the_same_submission_twice_is_an_error() {
        String submissions = text("vigie_incident.csv");
        String twice = submissions + submissions.lines().skip(1).findFirst().orElseThrow() + "\n";

        IncidentImport result = central(twice, text("vigie_incident-victims.csv"));

        assertThat(result.errors()).extracting(ImportIssue::messageKey).containsExactly("observatory.import.duplicate_event");
    }

    @Test
    void an_xml_with_a_document_type_declaration_is_refused() {
        String xxe = text("submission.xml").replace("<vigie_incident ", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<vigie_incident ")
                .replace("Témoin direct", "&e;");

        IncidentImport result = read(xxe.getBytes(StandardCharsets.UTF_8), "submission.xml");

        assertThat(result.errors()).extracting(ImportIssue::messageKey).containsExactly("observatory.import.odk_unreadable");
    }

    @Test
    void a_submission_of_another_form_is_refused() {
        String other = text("submission.xml").replace("id=\"vigie_incident\"", "id=\"household_survey\"");

        IncidentImport result = read(other.getBytes(StandardCharsets.UTF_8), "submission.xml");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("observatory.import.odk_other_form");
            assertThat(e.args()).containsExactly("household_survey");
        });
    }

    @Test
    void an_invalid_answer_in_the_xml_names_its_path() {
        String bad = text("submission.xml").replace("<victim_age>41</victim_age>", "<victim_age>four hundred</victim_age>");

        IncidentImport result = read(bad.getBytes(StandardCharsets.UTF_8), "submission.xml");

        assertThat(result.errors()).extracting(ImportIssue::where).containsExactly("row 1, column victims[1]/victim_age");
    }

    @Test
    void a_zip_of_too_many_entries_is_refused() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 0; i < 101; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("media/" + i + ".jpg"));
                zip.write(1);
            }
        }

        assertThat(read(bytes.toByteArray(), "export.zip").errors()).extracting(ImportIssue::messageKey)
                .containsExactly("observatory.import.zip_bomb");
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused() {
        IncidentImport result = read("not a workbook".getBytes(StandardCharsets.UTF_8), "export.xlsx");

        assertThat(result.errors()).extracting(ImportIssue::messageKey).containsExactly("observatory.import.not_an_xlsx");
    }
}
