package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import org.vigie.files.CsvReader;

/** The records of a UHRI export in CSV, with the tracker's messages for what breaks the grammar. */
final class CsvRecords {
    private final CsvReader reader;

    CsvRecords(String text, int maxCellChars) {
        this.reader = new CsvReader(text, maxCellChars);
    }

    /** Reads records from {@code in} as they are asked for; see {@link CsvReader#CsvReader(java.io.Reader, int)}. */
    CsvRecords(java.io.Reader in, int maxCellChars) {
        this.reader = new CsvReader(in, maxCellChars);
    }

    /** The next record, or null at the end of the text. */
    TableRow next() throws CsvFault {
        try {
            CsvReader.Record r = reader.next();
            return r == null ? null : new TableRow(ImportIssue.Place.LINE, r.line(), r.cells());
        } catch (CsvReader.Fault f) {
            throw new CsvFault(f.line(), f.columnIndex(), switch (f.problem()) {
                case TEXT_AFTER_QUOTE -> "tracker.import.csv_text_after_quote";
                case CELL_TOO_LARGE -> "tracker.import.cell_too_large";
                case UNCLOSED_QUOTE -> "tracker.import.csv_unclosed_quote";
            });
        }
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
