package org.vigie.files;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 comma-separated values one record at a time: fields in double quotes may hold commas,
 * line breaks and doubled quotes; records end with CRLF or LF. A quote inside an unquoted field is kept
 * as written, as Excel does. A byte order mark is dropped, and a header with semicolons and no comma
 * (Excel in a French locale) makes the whole file read with semicolons.
 */
public final class CsvReader {

    /** One record: the line it starts on (a quoted field may span lines) and its cells. */
    public record Record(int line, List<String> cells) {
        public Record {
            cells = List.copyOf(cells);
        }
    }

    /** What broke the grammar or a limit. */
    public enum Problem { TEXT_AFTER_QUOTE, CELL_TOO_LARGE, UNCLOSED_QUOTE }

    /** A record that breaks the grammar or a limit; the column is its index, counted from 0. */
    public static final class Fault extends Exception {
        private final int line;
        private final int columnIndex;
        private final Problem problem;

        Fault(int line, int columnIndex, Problem problem) {
            super(problem + " at line " + line);
            this.line = line;
            this.columnIndex = columnIndex;
            this.problem = problem;
        }

        public int line() {
            return line;
        }

        public int columnIndex() {
            return columnIndex;
        }

        public Problem problem() {
            return problem;
        }
    }

    private final String text;
    private final int maxCellChars;
    private final char separator;
    private int pos;
    private int line = 1;

    public CsvReader(String text, int maxCellChars) {
        // A UTF-8 byte order mark, which Excel writes, is not part of the first column's name.
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.maxCellChars = maxCellChars;
        this.separator = separatorOf(this.text);
    }

    /** The next record, or null at the end of the text. */
    public Record next() throws Fault {
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
                throw new Fault(line, cells.size(), Problem.TEXT_AFTER_QUOTE);
            } else {
                cell.append(c);
            }
            if (cell.length() > maxCellChars) {
                throw new Fault(start, cells.size(), Problem.CELL_TOO_LARGE);
            }
        }
        if (quoted) {
            throw new Fault(start, cells.size(), Problem.UNCLOSED_QUOTE);
        }
        cells.add(cell.toString());
        return new Record(start, cells);
    }

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }
}
