package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.tracker.imports.UhriFiles.HEADER;
import static org.vigie.tracker.imports.UhriFiles.upr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** All or nothing: one bad row among thousands refuses the file and is named by line and column. */
class UhriBadRowsTest {

    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 1; i <= count; i++) {
            rows.add(upr("126." + i, i % 5 == 0 ? "Noted" : "Supported"));
        }
        return rows;
    }

    @Test
    void ten_thousand_good_rows_are_all_read() {
        ImportResult result = new UhriReader().read(UhriFiles.csvBytes(rows(10_000)), "big.csv");

        assertThat(result.recommendations()).hasSize(10_000);
        assertThat(result.summary().positions()).containsEntry("supported", 8_000).containsEntry("noted", 2_000);
    }

    @Test
    void one_bad_row_among_ten_thousand_is_named_by_the_line_where_it_starts_and_nothing_is_read() {
        List<List<String>> rows = rows(10_000);
        rows.set(7_346, upr("126.7346", "Perhaps"));

        ImportResult result = new UhriReader().read(UhriFiles.csvBytes(rows), "big.csv");

        assertThat(result.recommendations()).isEmpty();
        // Each record spans three lines (its Themes and Sdgs cells hold a line break each): record n starts
        // on line 3n - 1, after the header's line.
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3 * 7_346 - 1);
            assertThat(e.column()).isEqualTo("UPR Position");
            assertThat(e.messageKey()).isEqualTo("tracker.import.unknown_position");
            assertThat(e.args()).containsExactly("Perhaps");
        });
    }

    @Test
    void a_bad_date_and_a_bad_goal_in_one_row_are_both_named() {
        List<String> row = new ArrayList<>(upr("126.1", "Supported"));
        row.set(7, "last spring");
        row.set(6, "- 19 - NO SUCH GOAL");

        ImportResult result = new UhriReader().read(UhriFiles.csvBytes(List.of(HEADER, row)), "x.csv");

        assertThat(result.errors()).extracting(ImportIssue::where)
                .containsExactlyInAnyOrder("line 2, column Sdgs", "line 2, column Document Publication Date");
    }

    @Test
    void thousands_of_bad_rows_are_told_by_the_first_hundred() {
        List<List<String>> rows = rows(1_000);
        for (int i = 1; i <= 1_000; i++) {
            rows.set(i, upr("126." + i, "Unknown"));
        }

        ImportResult result = new UhriReader().read(UhriFiles.csvBytes(rows), "x.csv");

        assertThat(result.errors()).hasSize(ImportResult.MAX_ERRORS);
        assertThat(result.errors().get(ImportResult.MAX_ERRORS - 1).messageKey()).isEqualTo("tracker.import.more_errors");
        assertThat(result.errors().get(ImportResult.MAX_ERRORS - 1).args()).containsExactly("901");
    }

    @Test
    void a_csv_cell_over_a_million_characters_is_refused_by_its_line_and_column() {
        List<String> row = new ArrayList<>(upr("126.1", "Supported"));
        row.set(4, "- " + "a".repeat(UhriReader.MAX_CELL_CHARS + 1));

        ImportResult result = new UhriReader().read(UhriFiles.csvBytes(List.of(HEADER, row)), "x.csv");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("line 2, column Themes");
            assertThat(e.messageKey()).isEqualTo("tracker.import.cell_too_large");
        });
    }

    @Test
    void an_xlsx_cell_over_a_million_characters_is_refused_by_its_row_and_column() {
        List<String> row = new ArrayList<>(upr("126.1", "Supported"));
        Random random = new Random(7);
        StringBuilder huge = new StringBuilder();
        while (huge.length() <= UhriReader.MAX_CELL_CHARS) {
            huge.append((char) ('a' + random.nextInt(26)));
        }
        row.set(0, UhriFiles.OVERSIZED + huge);

        ImportResult result = new UhriReader().read(UhriFiles.xlsx(List.of(HEADER, row)), "x.xlsx");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("row 2, column Text");
            assertThat(e.messageKey()).isEqualTo("tracker.import.cell_too_large");
        });
    }
}
