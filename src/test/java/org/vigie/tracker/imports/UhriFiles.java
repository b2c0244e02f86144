package org.vigie.tracker.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** UHRI exports written by the tests, in UHRI's 16 columns and spellings. */
public final class UhriFiles {

    public static final List<String> HEADER = List.of("Text", "Countries Concerned", "Reccomending Body", "Document Symbol",
            "Themes", "Affected Persons", "Sdgs", "Document Publication Date", "UPR Reccomending States",
            "UPR Position", "Type", "OHCHR Annotation Id", "UPR Session", "Regions Concerned",
            "Recommending Regions", "Date of publication on UHRI");

    /** A UPR recommendation to Mali as UHRI exports it, the position given. */
    public static List<String> upr(String paragraph, String position) {
        return List.of(paragraph + " Take all necessary measures to end the recruitment of children by armed groups (Ghana);",
                "Mali", "UPR", "A/HRC/58/12", "- Children in armed conflict\n- Children: protection against exploitation",
                "- Children", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\n- 8.7 End forced labour",
                "45681", "Ghana", position, "Recommendation", "a1b2c3", "UPR 57", "Africa", "Africa", "2025-03-12");
    }

    /** A treaty body's recommendation, with no State, position or session. */
    public static List<String> treatyBody() {
        return List.of("The Committee recommends that the State party criminalize torture in line with article 1 (CAT).",
                "Mali", "CAT", "CAT/C/MLI/CO/2", "- Torture and other cruel, inhuman or degrading treatment",
                "- Persons deprived of their liberty", "", "2021-12-20", "", "", "Concluding Observations", "z9",
                "", "Africa", "", "44561");
    }

    /** Marks a cell to be written past Excel's 32,767 characters, as a hostile file may. */
    static final String OVERSIZED = "\u0000oversized:";

    /** POI refuses to write a cell Excel could not hold; an inline string written beneath it is read back whole. */
    private static void inline(Cell cell, String text) {
        XSSFCell xssf = (XSSFCell) cell;
        xssf.getCTCell().setT(STCellType.INLINE_STR);
        xssf.getCTCell().addNewIs().setT(text);
    }

    public static String csv(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(quoted(row.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    public static byte[] csvBytes(List<List<String>> rows) {
        return csv(rows).getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** The rows as an .xlsx sheet; cells holding only digits are written as numbers, as Excel stores serial dates. */
    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("UHRI");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (value.startsWith(OVERSIZED)) {
                        inline(row.createCell(c), value.substring(OVERSIZED.length()));
                    } else if (r > 0 && value.matches("[0-9]{5}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
