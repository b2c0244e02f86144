package org.vigie.reports.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV as {@link HxlTable#toCsv} writes it (RFC 4180, UTF-8, CRLF), a row at a time; one table only. */
final class CsvExportWriter extends ExportWriter {
    private final Writer out;
    private boolean started;

    CsvExportWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    void table(String name, List<ExportColumn> columns) {
        if (started) {
            throw new IllegalStateException("a CSV file holds one table");
        }
        started = true;
        line(columns.stream().map(c -> HxlTable.guard(c.header())).toList());
        line(columns.stream().map(ExportColumn::hashtag).toList());
    }

    @Override
    void write(List<?> values) {
        line(values.stream().map(CsvExportWriter::text).toList());
    }

    @Override
    void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String s ? HxlTable.guard(s) : value.toString();
    }

    private void line(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (i > 0) {
                    out.write(',');
                }
                if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                    out.write('"' + cell.replace("\"", "\"\"") + '"');
                } else {
                    out.write(cell);
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw unchecked(e);
        }
    }
}
