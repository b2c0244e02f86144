package org.vigie.files;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads RFC 4180 comma-separated values one record at a time with FastCSV: fields in double quotes may
 * hold commas, line breaks and doubled quotes; records end with CRLF, LF or CR. A quote inside an
 * unquoted field is kept as written, as Excel does. A byte order mark is dropped, and a header with
 * semicolons and no comma (Excel in a French locale) makes the whole file read with semicolons.
 *
 * <p>FastCSV reads a quote left open at the end of the text as if it were closed; Vigie refuses it. So
 * the text is followed by one more record, {@link #END} alone: a closed text yields it as its last
 * record, an open quote swallows it into its field.
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

    /**
     * A record that breaks the grammar or a limit, named by the line its record starts on; the column is
     * its index, counted from 0.
     */
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

    private static final char END = '\u0000';
    /** How far the header is looked at for its separator. */
    private static final int HEADER_CHARS = 1 << 16;
    /** FastCSV reads 8,192 chars at a time; its buffer holds a whole field and one read more. */
    private static final int READ_CHARS = 8192;

    private final Cells cells;
    private final Iterator<Parsed> parsed;
    private Parsed ahead;
    private Fault faultAhead;

    public CsvReader(String text, int maxCellChars) {
        this(new StringReader(text), maxCellChars);
    }

    /**
     * Reads records from {@code in} as they are asked for, holding two records and a buffer, not the
     * whole text. A failure of {@code in} (for example bytes that are not UTF-8 under a reporting decoder)
     * is thrown as an {@link UncheckedIOException} whose cause is the reader's exception.
     */
    public CsvReader(Reader in, int maxCellChars) {
        BufferedReader text = new BufferedReader(in, HEADER_CHARS + 1);
        char separator;
        try {
            dropByteOrderMark(text);
            separator = separatorOfHeader(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.cells = new Cells(maxCellChars);
        long buffer = 2L * Math.max(maxCellChars, READ_CHARS) + 2L * READ_CHARS;
        this.parsed = de.siegmar.fastcsv.reader.CsvReader.builder()
                .fieldSeparator(separator)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(false)
                .maxBufferSize((int) Math.min(buffer, Integer.MAX_VALUE - 16))
                .build(cells, new EndMarked(text))
                .iterator();
    }

    /** The next record, or null at the end of the text. */
    public Record next() throws Fault {
        Parsed current = ahead != null ? ahead : fetch();
        ahead = null;
        if (current == null || !current.mayBeLast()) {
            return current == null ? null : current.record();
        }
        // Only the end marker, or a field whose open quote swallowed it, can be last: read one record on to tell.
        try {
            ahead = fetch();
        } catch (Fault f) {
            faultAhead = f;
            return current.record();
        }
        if (ahead != null) {
            return current.record();
        }
        if (current.isEndMarker()) {
            return null;
        }
        throw new Fault(current.line(), current.cells().size() - 1, Problem.UNCLOSED_QUOTE);
    }

    private Parsed fetch() throws Fault {
        if (faultAhead != null) {
            throw faultAhead;
        }
        try {
            return parsed.hasNext() ? parsed.next() : null;
        } catch (CsvParseException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // FastCSV's only other complaint in this dialect is a field longer than its buffer.
            boolean tooLarge = cause instanceof CellTooLarge
                    || String.valueOf(cause.getMessage()).contains("maximum buffer size");
            throw new Fault(cells.line(), cells.column(), tooLarge ? Problem.CELL_TOO_LARGE : Problem.TEXT_AFTER_QUOTE);
        }
    }

    // A UTF-8 byte order mark, which Excel writes, is not part of the first column's name.
    private static void dropByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
    }

    /** The separator is told by the header, looked at within its first {@link #HEADER_CHARS} chars. */
    private static char separatorOfHeader(BufferedReader text) throws IOException {
        text.mark(HEADER_CHARS);
        StringBuilder header = new StringBuilder();
        for (int c = text.read(); c >= 0 && c != '\n' && header.length() < HEADER_CHARS - 1; c = text.read()) {
            header.append((char) c);
        }
        text.reset();
        return header.indexOf(",") < 0 && header.indexOf(";") >= 0 ? ';' : ',';
    }

    /** A record as FastCSV hands it over, with whether its last field was quoted. */
    private record Parsed(int line, List<String> cells, boolean lastQuoted) {
        Record record() {
            return new Record(line, cells);
        }

        boolean isEndMarker() {
            return !lastQuoted && cells.size() == 1 && cells.get(0).equals(String.valueOf(END));
        }

        boolean mayBeLast() {
            return isEndMarker() || lastQuoted && cells.get(cells.size() - 1).endsWith(String.valueOf(END));
        }
    }

    /** Collects one record's cells, refusing one longer than the limit. */
    private static final class Cells extends AbstractBaseCsvCallbackHandler<Parsed> {
        private final int maxCellChars;
        private List<String> cells = new ArrayList<>();
        private boolean lastQuoted;

        Cells(int maxCellChars) {
            this.maxCellChars = maxCellChars;
        }

        int line() {
            return (int) getStartingLineNumber();
        }

        int column() {
            return cells.size();
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            cells = new ArrayList<>();
            lastQuoted = false;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (len > maxCellChars) {
                throw new CellTooLarge();
            }
            cells.add(new String(buf, offset, len));
            lastQuoted = quoted;
        }

        @Override
        protected void handleEmpty() {
            cells.add("");
        }

        @Override
        protected Parsed buildRecord() {
            return new Parsed(line(), cells, lastQuoted);
        }
    }

    private static final class CellTooLarge extends RuntimeException {
        CellTooLarge() {
            super(null, null, false, false);
        }
    }

    /** The text, then a line break if it lacks a last one, then {@link #END} alone on its line. */
    private static final class EndMarked extends FilterReader {
        private int last = '\n';
        private String tail;
        private int tailRead;

        EndMarked(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (tail == null) {
                int n = in.read(buf, off, len);
                if (n > 0) {
                    last = buf[off + n - 1];
                    return n;
                }
                tail = (last == '\n' || last == '\r' ? "" : "\n") + END;
            }
            int n = Math.min(len, tail.length() - tailRead);
            if (n <= 0) {
                return -1;
            }
            tail.getChars(tailRead, tailRead + n, buf, off);
            tailRead += n;
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
