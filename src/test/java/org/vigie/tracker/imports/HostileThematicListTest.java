package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Word files that are not thematic lists, or are broken or hostile, are refused whole with a reason. */
class HostileThematicListTest {

    private static final List<String> HEADER = List.of("Recommendation and recommending State",
            "Position of the State under review", "Human rights themes and groups of persons", "Relevant SDGs");

    private static ImportIssue onlyError(ImportResult result) {
        assertThat(result.recommendations()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    private static List<String> row(String paragraph, String position) {
        return List.of(paragraph + " Adopt a national action plan (Ghana);\nSource of Position: A/HRC/59/15/Add.1 - Para.3",
                position, "- Human rights & counter-terrorism\nGroups of Persons:\n- Public officials",
                "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS");
    }

    @Test
    void a_word_file_without_a_thematic_table_is_not_a_thematic_list() {
        byte[] letter = TrackerFiles.docxTable(List.of(List.of("Name", "Address")), "Dear Sir,");

        assertThat(onlyError(new ThematicListReader().read(letter)).messageKey())
                .isEqualTo("tracker.import.not_a_thematic_list");
    }

    @Test
    void bytes_that_are_not_a_word_file_are_refused() {
        byte[] text = "140.7 Ratify the Optional Protocol".getBytes(StandardCharsets.UTF_8);

        assertThat(onlyError(new ThematicListReader().read(text)).messageKey()).isEqualTo("tracker.import.not_a_docx");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(onlyError(new ThematicListReader().read(new byte[0])).messageKey()).isEqualTo("tracker.import.empty");
    }

    @Test
    void a_word_file_whose_text_inflates_a_thousandfold_is_a_zip_bomb() {
        byte[] list = TrackerFiles.docxTable(List.of(HEADER, row("140.1", "Supported")), "UPR");
        byte[] bomb = TrackerFiles.bomb(list, "word/document.xml", "<?xml version=\"1.0\"?>", 60 * 1024 * 1024, "");

        assertThat(onlyError(new ThematicListReader().read(bomb)).messageKey()).isEqualTo("tracker.import.zip_bomb");
    }

    @Test
    void a_word_file_declaring_nested_xml_entities_is_refused_without_expanding_them() {
        byte[] list = TrackerFiles.docxTable(List.of(HEADER, row("140.1", "Supported")), "UPR");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"lol\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>";
        byte[] hostile = TrackerFiles.bomb(list, "word/document.xml", laughs, 0, "");

        assertThat(onlyError(new ThematicListReader().read(hostile)).messageKey()).isEqualTo("tracker.import.not_a_docx");
    }

    @Test
    void a_row_with_an_unknown_position_names_its_row_and_column_and_nothing_is_read() {
        byte[] list = TrackerFiles.docxTable(List.of(HEADER, row("140.1", "Supported"), row("140.2", "Maybe"),
                row("140.3", "Noted")), "UPR");

        ImportIssue error = onlyError(new ThematicListReader().read(list));

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("Position of the State under review");
        assertThat(error.messageKey()).isEqualTo("tracker.import.unknown_position");
        assertThat(error.args()).containsExactly("Maybe");
    }

    @Test
    void a_row_without_a_paragraph_number_is_an_error_in_the_first_column() {
        List<String> unnumbered = new ArrayList<>(row("", "Supported"));
        unnumbered.set(0, "Adopt a national action plan (Ghana);");
        byte[] list = TrackerFiles.docxTable(List.of(HEADER, unnumbered), "UPR");

        ImportIssue error = onlyError(new ThematicListReader().read(list));

        assertThat(error.where()).isEqualTo("row 2, column Recommendation and recommending State");
        assertThat(error.messageKey()).isEqualTo("tracker.import.no_paragraph_number");
    }

    @Test
    void a_cell_over_a_million_characters_is_refused_by_its_row_and_column() {
        List<String> huge = new ArrayList<>(row("140.1", "Supported"));
        huge.set(2, "- " + randomWords(ThematicListReader.MAX_CELL_CHARS + 1));
        byte[] list = TrackerFiles.docxTable(List.of(HEADER, huge), "UPR");

        ImportIssue error = onlyError(new ThematicListReader().read(list));

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo("Human rights themes and groups of persons");
        assertThat(error.messageKey()).isEqualTo("tracker.import.cell_too_large");
    }

    /** Letters that do not compress a hundredfold, so the file is not taken for a zip bomb. */
    private static String randomWords(int length) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    @Test
    void an_unreadable_goal_is_an_error_in_the_sdg_column() {
        List<String> badGoal = new ArrayList<>(row("140.1", "Supported"));
        badGoal.set(3, "- 18 - WORLD PEACE");
        byte[] list = TrackerFiles.docxTable(List.of(HEADER, badGoal), "UPR");

        ImportIssue error = onlyError(new ThematicListReader().read(list));

        assertThat(error.column()).isEqualTo("Relevant SDGs");
        assertThat(error.messageKey()).isEqualTo("tracker.import.bad_sdg");
    }
}
