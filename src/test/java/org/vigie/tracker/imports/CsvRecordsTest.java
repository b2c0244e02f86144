package org.vigie.tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 4180 grammar of UHRI's .csv exports. */
class CsvRecordsTest {

    private static List<TableRow> read(String text) throws CsvRecords.CsvFault {
        CsvRecords records = new CsvRecords(text, 100);
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row = records.next(); row != null; row = records.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void a_quoted_field_holds_commas_line_breaks_and_doubled_quotes() throws Exception {
        List<TableRow> rows = read("a,b\r\n\"x, \"\"y\"\"\r\n- z\",w\r\n");

        assertThat(rows.get(1).cells()).containsExactly("x, \"y\"\r\n- z", "w");
    }

    @Test
    void a_record_is_numbered_by_the_line_it_starts_on() throws Exception {
        List<TableRow> rows = read("a,b\n\"1\n2\n3\",x\nlast,y\n");

        assertThat(rows).extracting(TableRow::line).containsExactly(1, 2, 5);
    }

    @Test
    void empty_fields_are_kept_in_place() throws Exception {
        assertThat(read("a,,c\n").get(0).cells()).containsExactly("a", "", "c");
    }

    @Test
    void a_last_line_without_a_line_break_is_a_record() throws Exception {
        assertThat(read("a,b\n1,2").get(1).cells()).containsExactly("1", "2");
    }

    @Test
    void a_header_with_semicolons_and_no_comma_makes_semicolons_the_separator() throws Exception {
        assertThat(read("Text;Themes\n\"a, b\";c\n").get(1).cells()).containsExactly("a, b", "c");
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_kept() throws Exception {
        assertThat(read("the \"best\" plan,x\n").get(0).cells()).containsExactly("the \"best\" plan", "x");
    }

    @Test
    void text_after_a_closing_quote_is_a_fault_on_its_line_and_column() {
        assertThatThrownBy(() -> read("a,b\nx,\"y\"z\n")).isInstanceOfSatisfying(CsvRecords.CsvFault.class, f -> {
            assertThat(f.line).isEqualTo(2);
            assertThat(f.columnIndex).isEqualTo(1);
            assertThat(f.messageKey).isEqualTo("tracker.import.csv_text_after_quote");
        });
    }

    @Test
    void a_cell_longer_than_the_limit_is_a_fault_without_reading_on() {
        assertThatThrownBy(() -> read("a,b\nx," + "y".repeat(101) + "\n"))
                .isInstanceOfSatisfying(CsvRecords.CsvFault.class,
                        f -> assertThat(f.messageKey).isEqualTo("tracker.import.cell_too_large"));
    }
}
