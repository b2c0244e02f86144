package org.vigie.observatory;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 comma-separated values: quoted fields may hold commas, line breaks and doubled quotes;
 * records end with CRLF or LF; a byte order mark is dropped; a header with semicolons and no comma
 * (Excel in a French locale) is read with semicolons. The same grammar as the tracker's reader, kept
 * here so that the observatory does not depend on the tracker.
 */
final class CsvText {

    private final String text;
    private final int maxCellChars;
    private final char separator;
    private int pos;
    private int line = 1;

    CsvText(String text, int maxCellChars) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.maxCellChars = maxCellChars;
        this.separator = separatorOf(this.text);
    }

    /** Every record, or a fault naming the line and the column's index (from 0). */
    List<ImportRow> rows(int maxRows) throws Fault {
        List<ImportRow> rows = new ArrayList<>();
        for (ImportRow row = next(); row != null; row = next()) {
            if (rows.size() == maxRows) {
                throw new Fault(row.line(), -1, "observatory.import.too_many_rows");
            }
            rows.add(row);
        }
        return rows;
    }

    private ImportRow next() throws Fault {
        if (pos >= text.length()) {
            return null;
        }
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"' && pos < text.length() && text.charAt(pos) == '"') {
                    cell.append('"');
                    pos++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                break;
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (wasQuoted) {
                throw new Fault(line, cells.size(), "observatory.import.text_after_quote");
            } else {
                cell.append(c);
            }
            if (cell.length() > maxCellChars) {
                throw new Fault(start, cells.size(), "observatory.import.cell_too_large");
            }
        }
        if (quoted) {
            throw new Fault(start, cells.size(), "observatory.import.unclosed_quote");
        }
        cells.add(cell.toString());
        return new ImportRow(ImportIssue.Place.LINE, start, cells);
    }

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }

    /** A record that breaks the grammar or a limit. */
    static final class Fault extends Exception {
        final int line;
        final int columnIndex;
        final String messageKey;

        Fault(int line, int columnIndex, String messageKey) {
            super(messageKey + " at line " + line);
            this.line = line;
            this.columnIndex = columnIndex;
            this.messageKey = messageKey;
        }
    }
}
