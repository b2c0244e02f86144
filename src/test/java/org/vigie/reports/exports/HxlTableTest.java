package org.vigie.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.vigie.errors.InvalidInput;
import org.vigie.reports.exports.HxlTable.Column;

class HxlTableTest {
    private static final HxlTable INCIDENTS = new HxlTable(
            List.of(new Column("Date", Hxl.DATE_OCCURRED), new Column("Région (code)", Hxl.ADM1_CODE),
                    new Column("Région", Hxl.ADM1_NAME), new Column("Cercle (code)", Hxl.ADM2_CODE),
                    new Column("Type d’événement", Hxl.EVENT_TYPE), new Column("Tués", Hxl.AFFECTED_KILLED)),
            List.of(List.of(LocalDate.of(2025, 3, 14), "ML05", "Mopti", "ML0503", "Attaque, \"ciblée\"", 12L),
                    List.of(LocalDate.of(2025, 4, 2), "ML06", "Tombouctou", "ML0601", "=HYPERLINK(\"http://x\")", 0L)));

    /** RFC 4180 read independently of the writer. */
    private static List<List<String>> readCsv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void the_csv_has_headers_then_hashtags_then_the_data() {
        List<List<String>> rows = readCsv(INCIDENTS.toCsv());

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("Date", "Région (code)", "Région", "Cercle (code)", "Type d’événement", "Tués");
        assertThat(rows.get(1)).containsExactly("#date+occurred", "#adm1+code", "#adm1+name", "#adm2+code", "#event+type", "#affected+killed");
        assertThat(rows.get(2)).containsExactly("2025-03-14", "ML05", "Mopti", "ML0503", "Attaque, \"ciblée\"", "12");
    }

    @Test
    void a_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_prefixed() {
        List<List<String>> rows = readCsv(INCIDENTS.toCsv());

        assertThat(rows.get(3).get(4)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(List.of("+1", "-1", "@SUM(A1)", "\tx")).allSatisfy(t -> assertThat(HxlTable.guard(t)).startsWith("'"));
        assertThat(HxlTable.guard("Mopti")).isEqualTo("Mopti");
    }

    @Test
    void the_xlsx_has_headers_then_hashtags_then_typed_data() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(INCIDENTS.toXlsx("incidents")))) {
            Sheet sheet = book.getSheet("incidents");

            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Type d’événement");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("#adm1+code");
            assertThat(sheet.getRow(2).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 14));
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void a_hashtag_without_its_sign_is_refused() {
        assertThatThrownBy(() -> new Column("Région", "adm1+code"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("hashtag"));
    }

    @Test
    void a_row_with_a_missing_value_is_refused() {
        assertThatThrownBy(() -> new HxlTable(List.of(new Column("Région", Hxl.ADM1_NAME)), List.of(List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("rows"));
    }
}
