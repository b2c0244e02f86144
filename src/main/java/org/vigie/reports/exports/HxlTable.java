package org.vigie.reports.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vigie.errors.InvalidInput;
import org.vigie.reports.charts.ChartText;

/**
 * A table for export with the Humanitarian Exchange Language: the header row, then a row of HXL hashtags
 * ({@code #adm1+code}), then the data. Written as CSV (RFC 4180, UTF-8, CRLF) or XLSX. Text that a
 * spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is prefixed with
 * an apostrophe in both. Values are text, whole numbers ({@link Long}) or dates ({@link LocalDate}).
 */
public record HxlTable(List<Column> columns, List<List<Object>> rows) {
    private static final Pattern HASHTAG = Pattern.compile("#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*");

    /** A column: its header for people and its hashtag for machines. */
    public record Column(String header, String hashtag) {
        public Column {
            ChartText.require(header, "header");
            if (hashtag == null || !HASHTAG.matcher(hashtag).matches()) {
                throw new InvalidInput("hashtag", "reports.hxl.hashtag", String.valueOf(hashtag));
            }
        }
    }

    public HxlTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new InvalidInput("rows", "reports.hxl.row_length", copy.size() + 1, columns.size());
            }
            for (Object value : row) {
                if (value != null && !(value instanceof String || value instanceof Long || value instanceof LocalDate)) {
                    throw new InvalidInput("rows", "reports.hxl.value_type", value.getClass().getSimpleName());
                }
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    public byte[] toCsv() {
        StringBuilder out = new StringBuilder();
        csvLine(out, columns.stream().map(Column::header).map(HxlTable::guard).toList());
        csvLine(out, columns.stream().map(Column::hashtag).toList());
        for (List<Object> row : rows) {
            csvLine(out, row.stream().map(HxlTable::text).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] toXlsx(String sheetName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            Row tags = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(guard(columns.get(c).header()));
                tags.createCell(c).setCellValue(columns.get(c).hashtag());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < columns.size(); c++) {
                    write(row.createCell(c), rows.get(r).get(c), date);
                }
            }
            sheet.createFreezePane(0, 2);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle date) {
        if (value instanceof Long n) {
            cell.setCellValue(n);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value != null) {
            cell.setCellValue(guard((String) value));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String s ? guard(s) : value.toString();
    }

    /** Text a spreadsheet would run as a formula, made inert (OWASP's advice on CSV injection). */
    static String guard(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static void csvLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                out.append(',');
            }
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
