package org.vigie.tracker.recommendations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.imports.ImportResult;
import org.vigie.tracker.imports.UhriFiles;
import org.vigie.tracker.imports.UhriReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.tracker.imports.UhriFiles.HEADER;
import static org.vigie.tracker.imports.UhriFiles.csvBytes;
import static org.vigie.tracker.imports.UhriFiles.treatyBody;
import static org.vigie.tracker.imports.UhriFiles.upr;

/** UHRI exports as comma-separated values, with quoted multi-line cells. */
class UhriCsvTest {

    private static Recommendation only(byte[] csv) {
        ImportResult result = new UhriReader().read(csv, "uhri-export.csv");
        assertThat(result.errors()).isEmpty();
        assertThat(result.recommendations()).hasSize(1);
        return result.recommendations().get(0);
    }

    @Test
    void a_upr_row_yields_its_paragraph_states_position_and_session() {
        Recommendation r = only(csvBytes(List.of(HEADER, upr("126.45", "Supported"))));

        assertThat(r.mechanism()).isEqualTo(SourceMechanism.UPR);
        assertThat(r.paragraph()).isEqualTo("126.45");
        assertThat(r.text()).isEqualTo("Take all necessary measures to end the recruitment of children by armed groups");
        assertThat(r.recommendingStates()).containsExactly("Ghana");
        assertThat(r.position()).isEqualTo(Position.SUPPORTED);
        assertThat(r.session()).isEqualTo("57");
        assertThat(r.cycle()).isEqualTo(5);
        assertThat(r.reference()).isEqualTo("A/HRC/58/12#126.45");
    }

    @Test
    void cells_listing_values_after_dashes_on_several_lines_give_lists() {
        Recommendation r = only(csvBytes(List.of(HEADER, upr("126.45", "Supported"))));

        assertThat(r.themes()).containsExactly("Children in armed conflict", "Children: protection against exploitation");
        assertThat(r.affectedPersons()).containsExactly("Children");
        assertThat(r.sdgs()).extracting(Sdg::code).containsExactly("16", "8.7");
    }

    @Test
    void an_excel_serial_number_is_a_date() {
        assertThat(only(csvBytes(List.of(HEADER, upr("126.45", "Noted")))).publicationDate())
                .isEqualTo(LocalDate.of(2025, 1, 24));
    }

    @Test
    void an_iso_date_is_a_date() {
        assertThat(only(csvBytes(List.of(HEADER, treatyBody()))).publicationDate()).isEqualTo(LocalDate.of(2021, 12, 20));
    }

    @Test
    void a_treaty_body_row_without_position_is_pending_and_referenced_by_its_text() {
        Recommendation r = only(csvBytes(List.of(HEADER, treatyBody())));

        assertThat(r.mechanism()).isEqualTo(SourceMechanism.TREATY_BODY);
        assertThat(r.position()).isEqualTo(Position.PENDING);
        assertThat(r.recommendingStates()).isEmpty();
        assertThat(r.text()).endsWith("in line with article 1 (CAT)");
        assertThat(r.reference()).startsWith("text:");
    }

    @Test
    void the_independent_expert_on_mali_is_its_own_mechanism() {
        List<String> row = new java.util.ArrayList<>(treatyBody());
        row.set(2, "Independent Expert on the situation of human rights in Mali");

        assertThat(only(csvBytes(List.of(HEADER, row))).mechanism()).isEqualTo(SourceMechanism.INDEPENDENT_EXPERT);
    }

    @Test
    void columns_are_found_by_name_in_any_order() {
        List<String> header = new java.util.ArrayList<>(HEADER);
        List<String> row = new java.util.ArrayList<>(upr("126.45", "Supported"));
        java.util.Collections.reverse(header);
        java.util.Collections.reverse(row);

        assertThat(only(csvBytes(List.of(header, row))).paragraph()).isEqualTo("126.45");
    }

    @Test
    void a_byte_order_mark_and_lf_line_ends_are_accepted() {
        String csv = "\uFEFF" + UhriFiles.csv(List.of(HEADER, upr("126.45", "Supported"))).replace("\r\n", "\n");

        assertThat(only(csv.getBytes(StandardCharsets.UTF_8)).paragraph()).isEqualTo("126.45");
    }

    @Test
    void a_header_without_required_columns_names_them() {
        String csv = "Text,Countries Concerned,Document Symbol\r\n126.45 Do this (Ghana);,Mali,A/HRC/58/12\r\n";

        ImportResult result = new UhriReader().read(csv.getBytes(StandardCharsets.UTF_8), "x.csv");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("tracker.import.missing_columns");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.args()).containsExactly("Reccomending Body, Themes, Affected Persons, Sdgs, "
                    + "Document Publication Date, UPR Reccomending States, UPR Position, UPR Session");
        });
    }

    @Test
    void an_unclosed_quote_names_the_line_where_its_record_starts() {
        // The header is line 1; the good record spans lines 2 to 4 (two cells hold a line break each).
        String csv = UhriFiles.csv(List.of(HEADER, upr("126.45", "Supported"))) + "\"126.46 Unfinished,\r\nMali\r\n";

        ImportResult result = new UhriReader().read(csv.getBytes(StandardCharsets.UTF_8), "x.csv");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("tracker.import.csv_unclosed_quote");
            assertThat(e.line()).isEqualTo(5);
        });
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        byte[] latin1 = ("Text\r\nÉtat\r\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(new UhriReader().read(latin1, "x.csv").errors()).extracting(ImportIssue::messageKey)
                .containsExactly("tracker.import.not_utf8");
    }
}
