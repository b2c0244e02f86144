package org.vigie.files;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
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

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final int maxCellChars;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private final char separator;
    private int line = 1;

    public CsvReader(String text, int maxCellChars) {
        this(new StringReader(text), maxCellChars);
    }

    /**
     * Reads records from {@code in} as they are asked for, holding one record and a buffer, not the whole
     * text. A failure of {@code in} (for example bytes that are not UTF-8 under a reporting decoder) is
     * thrown as an {@link UncheckedIOException}.
     */
    public CsvReader(Reader in, int maxCellChars) {
        this.in = in;
        this.maxCellChars = maxCellChars;
        // A UTF-8 byte order mark, which Excel writes, is not part of the first column's name.
        if (peek() == '\uFEFF') {
            pos++;
        }
        this.separator = separatorOfHeader();
    }

    /** The next record, or null at the end of the text. */
    public Record next() throws Fault {
        if (peek() < 0) {
            return null;
        }
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int c;
        while ((c = read()) >= 0) {
            if (quoted) {
                if (c == '"' && peek() == '"') {
                    cell.append('"');
                    pos++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
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
                cell.append((char) c);
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

    private int read() {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }

    private int peek() {
        if (pos >= limit && !fill(false)) {
            return -1;
        }
        return buf[pos];
    }

    /** Refills the buffer, keeping the unread chars from {@code pos} when {@code keep}; false at the end of the text. */
    private boolean fill(boolean keep) {
        int kept = keep ? limit - pos : 0;
        if (kept > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
        }
        pos = 0;
        limit = kept;
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n > 0) {
                limit += n;
            }
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator is told by the header, looked at within the first buffer's worth of text. */
    private char separatorOfHeader() {
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    return separatorOf(new String(buf, pos, i - pos));
                }
            }
            if (limit == buf.length && pos == 0 || !fill(true)) {
                return separatorOf(new String(buf, pos, limit - pos));
            }
        }
    }

    private static char separatorOf(String header) {
        return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }
}
