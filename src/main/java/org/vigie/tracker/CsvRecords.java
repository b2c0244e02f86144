package org.vigie.tracker;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 comma-separated values: fields in double quotes may hold commas, line breaks and
 * doubled quotes; records end with CRLF or LF. A quote inside an unquoted field is kept as written, as
 * Excel does. A header using semicolons (Excel in a French locale) is read with semicolons.
 */
final class CsvRecords {

    private final String text;
    private final int maxCellChars;
    private final char separator;
    private int pos;
    private int line = 1;

    CsvRecords(String text, int maxCellChars) {
        // A UTF-8 byte order mark, which Excel writes, is not part of the first column's name.
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.maxCellChars = maxCellChars;
        this.separator = separatorOf(this.text);
    }

    /** The next record, or null at the end of the text. */
    TableRow next() throws CsvFault {
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
                throw new CsvFault(line, cells.size(), "tracker.import.csv_text_after_quote");
            } else {
                cell.append(c);
            }
            if (cell.length() > maxCellChars) {
                throw new CsvFault(start, cells.size(), "tracker.import.cell_too_large");
            }
        }
        if (quoted) {
            throw new CsvFault(start, cells.size(), "tracker.import.csv_unclosed_quote");
        }
        cells.add(cell.toString());
        return new TableRow(ImportError.Place.LINE, start, cells);
    }

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }

    /** A record that breaks the grammar; the column is its index, counted from 0. */
    static final class CsvFault extends Exception {
        final int line;
        final int columnIndex;
        final String messageKey;

        CsvFault(int line, int columnIndex, String messageKey) {
            super(messageKey + " at line " + line);
            this.line = line;
            this.columnIndex = columnIndex;
            this.messageKey = messageKey;
        }
    }
}
