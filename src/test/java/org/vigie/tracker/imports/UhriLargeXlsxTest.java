package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.tracker.imports.UhriFiles.HEADER;
import static org.vigie.tracker.imports.UhriFiles.upr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A UHRI workbook of thousands of rows, read as a stream of rows (not as POI's object model of the workbook). */
class UhriLargeXlsxTest {
    static final int ROWS = 5_000;

    /** {@code ROWS} UPR recommendations written by POI's streaming writer; the row numbered {@code bad} (Excel's number) says "Sure". */
    private static byte[] workbook(int bad) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("UHRI");
            write(sheet.createRow(0), HEADER, false);
            for (int i = 1; i <= ROWS; i++) {
                write(sheet.createRow(i), upr("126." + i, i + 1 == bad ? "Sure" : "Supported"), true);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    private static void write(Row row, List<String> cells, boolean numbers) {
        for (int c = 0; c < cells.size(); c++) {
            if (numbers && cells.get(c).matches("[0-9]{5}")) {
                row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
            } else {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }

    @Test
    void every_row_of_a_five_thousand_row_workbook_is_a_recommendation() throws IOException {
        ImportResult result = new UhriReader().read(workbook(-1), "uhri-export.xlsx");

        assertThat(result.errors()).isEmpty();
        assertThat(result.recommendations()).hasSize(ROWS);
        assertThat(result.recommendations().get(ROWS - 1).reference()).isEqualTo("A/HRC/58/12#126." + ROWS);
        assertThat(result.recommendations().get(0).publicationDate()).hasToString("2025-01-24");
    }

    @Test
    void one_bad_row_among_five_thousand_is_named_by_its_excel_row_and_nothing_is_read() throws IOException {
        ImportResult result = new UhriReader().read(workbook(4_321), "uhri-export.xlsx");

        assertThat(result.recommendations()).isEmpty();
        assertThat(result.errors()).extracting(ImportIssue::where).containsExactly("row 4321, column UPR Position");
    }
}
