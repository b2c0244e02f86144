package org.vigie.tracker.imports;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.files.ImportIssue;
import org.vigie.tracker.recommendations.Recommendation;
import org.vigie.tracker.recommendations.Sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.tracker.imports.UhriFiles.HEADER;
import static org.vigie.tracker.imports.UhriFiles.treatyBody;
import static org.vigie.tracker.imports.UhriFiles.upr;

/** UHRI exports as Excel workbooks, dates stored as serial numbers. */
class UhriXlsxTest {

    private static ImportResult read(List<List<String>> rows) {
        return new UhriReader().read(UhriFiles.xlsx(rows), "uhri-export.xlsx");
    }

    @Test
    void each_row_of_the_first_sheet_is_a_recommendation() {
        ImportResult result = read(List.of(HEADER, upr("126.1", "Supported"), upr("126.2", "Noted"), treatyBody()));

        assertThat(result.errors()).isEmpty();
        assertThat(result.recommendations()).extracting(Recommendation::reference)
                .startsWith("A/HRC/58/12#126.1", "A/HRC/58/12#126.2");
        assertThat(result.summary().positions()).containsEntry("supported", 1).containsEntry("noted", 1)
                .containsEntry("pending", 1);
    }

    @Test
    void a_numeric_date_cell_is_an_excel_serial_date() {
        Recommendation r = read(List.of(HEADER, upr("126.1", "Supported"))).recommendations().get(0);

        assertThat(r.publicationDate()).isEqualTo(LocalDate.of(2025, 1, 24));
    }

    @Test
    void multi_line_cells_give_lists() {
        Recommendation r = read(List.of(HEADER, upr("126.1", "Supported"))).recommendations().get(0);

        assertThat(r.themes()).hasSize(2);
        assertThat(r.sdgs()).extracting(Sdg::code).containsExactly("16", "8.7");
    }

    @Test
    void a_bad_row_is_named_by_its_spreadsheet_row_and_column() {
        ImportResult result = read(List.of(HEADER, upr("126.1", "Supported"), upr("126.2", "Sure")));

        assertThat(result.recommendations()).isEmpty();
        assertThat(result.errors()).extracting(ImportIssue::where).containsExactly("row 3, column UPR Position");
    }

    @Test
    void a_workbook_whose_sheet_inflates_a_thousandfold_is_a_zip_bomb() {
        byte[] book = UhriFiles.xlsx(List.of(HEADER, upr("126.1", "Supported")));
        byte[] bomb = TrackerFiles.bomb(book, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?>",
                60 * 1024 * 1024, "");

        assertThat(new UhriReader().read(bomb, "bomb.xlsx").errors()).extracting(ImportIssue::messageKey)
                .containsExactly("tracker.import.zip_bomb");
    }

    @Test
    void a_word_file_given_as_a_spreadsheet_is_refused() {
        byte[] docx = TrackerFiles.docxTable(List.of(HEADER), "UHRI");

        assertThat(new UhriReader().read(docx, "export.xlsx").errors()).extracting(ImportIssue::messageKey)
                .containsExactly("tracker.import.not_an_xlsx");
    }
}
