package org.vigie.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV grammar every import shares. */
class CsvReaderTest {

    private static List<CsvReader.Record> all(String text) throws CsvReader.Fault {
        CsvReader reader = new CsvReader(text, 100);
        List<CsvReader.Record> records = new ArrayList<>();
        for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void a_quoted_field_keeps_its_commas_line_breaks_and_doubled_quotes_and_the_next_record_knows_its_line() throws Exception {
        List<CsvReader.Record> r = all("a,b\r\n\"x, \"\"y\"\"\nz\",2\n3,4");
        assertThat(r).extracting(CsvReader.Record::line).containsExactly(1, 2, 4);
        assertThat(r.get(1).cells()).containsExactly("x, \"y\"\nz", "2");
    }

    @Test
    void a_byte_order_mark_is_dropped_and_a_semicolon_header_means_semicolons() throws Exception {
        List<CsvReader.Record> r = all("\uFEFFtext;themes\nUn, deux;trois");
        assertThat(r.get(0).cells()).containsExactly("text", "themes");
        assertThat(r.get(1).cells()).containsExactly("Un, deux", "trois");
    }

    @Test
    void what_breaks_the_grammar_names_its_line_column_and_problem() {
        CsvReader.Fault unclosed = catchThrowableOfType(() -> all("a,b\n1,\"open"), CsvReader.Fault.class);
        assertThat(unclosed.line()).isEqualTo(2);
        assertThat(unclosed.columnIndex()).isEqualTo(1);
        assertThat(unclosed.problem()).isEqualTo(CsvReader.Problem.UNCLOSED_QUOTE);
        assertThat(catchThrowableOfType(() -> all("\"a\"b"), CsvReader.Fault.class).problem())
                .isEqualTo(CsvReader.Problem.TEXT_AFTER_QUOTE);
        assertThat(catchThrowableOfType(() -> all("x".repeat(101)), CsvReader.Fault.class).problem())
                .isEqualTo(CsvReader.Problem.CELL_TOO_LARGE);
    }

    @Test
    void a_quote_left_open_at_the_end_is_refused_even_after_a_doubled_quote_or_a_line_break() {
        for (String text : List.of("a\n\"x\"\"", "a\n\"x\n", "a\nb,\"x\r\n\r\n")) {
            CsvReader.Fault f = catchThrowableOfType(() -> all(text), CsvReader.Fault.class);
            assertThat(f.problem()).as(text).isEqualTo(CsvReader.Problem.UNCLOSED_QUOTE);
            assertThat(f.line()).as(text).isEqualTo(2);
        }
    }

    @Test
    void closed_texts_ending_in_nul_characters_blank_lines_or_a_carriage_return_lose_nothing() throws Exception {
        assertThat(all("a\n\"x\u0000\"\n\u0000")).extracting(CsvReader.Record::cells)
                .containsExactly(List.of("a"), List.of("x\u0000"), List.of("\u0000"));
        assertThat(all("a\n\nb\r")).extracting(CsvReader.Record::cells)
                .containsExactly(List.of("a"), List.of(""), List.of("b"));
        assertThat(all("")).isEmpty();
    }
}
