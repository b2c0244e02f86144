package org.vigie.reports.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an export as its rows arrive, so that no export is held whole in memory: one or more tables,
 * each its header row, its row of HXL hashtags and its rows (CSV holds one table; XLSX one sheet per
 * table; JSON one object per table). Values are text, whole numbers ({@link Long}) or dates; text a
 * spreadsheet would run as a formula is made inert in CSV and XLSX ({@link HxlTable#guard}).
 */
abstract class ExportWriter implements AutoCloseable {
    private long rows;

    static ExportWriter of(ExportFormat format, OutputStream out, String export, String filter) {
        return switch (format) {
            case CSV -> new CsvExportWriter(out);
            case XLSX -> new XlsxExportWriter(out);
            case JSON -> new JsonExportWriter(out, export, filter);
        };
    }

    /** Starts a table: {@code name} names its sheet or JSON object. */
    abstract void table(String name, List<ExportColumn> columns);

    /** One row of the current table, a value per column. */
    final void row(List<?> values) {
        for (Object v : values) {
            if (v != null && !(v instanceof String || v instanceof Long || v instanceof LocalDate)) {
                throw new IllegalArgumentException("an export holds text, whole numbers and dates, not " + v.getClass().getSimpleName());
            }
        }
        write(values);
        rows++;
    }

    abstract void write(List<?> values);

    /** Ends the export; nothing is written after. */
    abstract void finish();

    /** Rows written so far, over every table. */
    final long rows() {
        return rows;
    }

    @Override
    public void close() {
        // Writers holding temporary files (XLSX) release them here.
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
