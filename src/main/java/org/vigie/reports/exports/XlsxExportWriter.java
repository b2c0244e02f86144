package org.vigie.reports.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last {@link #WINDOW} rows of a sheet are in memory, the
 * others are flushed to a compressed temporary file, so a million rows cost disk, not heap. One sheet per
 * table, its header and hashtag rows frozen.
 */
final class XlsxExportWriter extends ExportWriter {
    static final int WINDOW = 200;
    /** An XLSX sheet holds at most 1,048,576 rows; two of them are the header and the hashtags. */
    static final int MAX_ROWS = 1_048_574;
    private final OutputStream out;
    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final CellStyle date;
    private final Set<String> names = new HashSet<>();
    private Sheet sheet;
    private int next;

    XlsxExportWriter(OutputStream out) {
        this.out = out;
        book.setCompressTempFiles(true);
        date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    @Override
    void table(String name, List<ExportColumn> columns) {
        sheet = book.createSheet(sheetName(name));
        Row header = sheet.createRow(0);
        Row tags = sheet.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(HxlTable.guard(columns.get(c).header()));
            tags.createCell(c).setCellValue(columns.get(c).hashtag());
        }
        sheet.createFreezePane(0, 2);
        next = 2;
    }

    /** A sheet name Excel accepts (31 characters, no {@code []:*?/\}), made unique by a number. */
    private String sheetName(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; !names.add(name); n++) {
            String suffix = " " + n;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    @Override
    void write(List<?> values) {
        if (next - 2 >= MAX_ROWS) {
            throw new IllegalStateException("more rows than an XLSX sheet holds: export as CSV or JSON");
        }
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Long n) {
                cell.setCellValue(n);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(HxlTable.guard((String) value));
            }
        }
    }

    @Override
    void finish() {
        try {
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    @Override
    public void close() {
        book.dispose();
        try {
            book.close();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }
}
