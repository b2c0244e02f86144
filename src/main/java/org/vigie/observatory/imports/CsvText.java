package org.vigie.observatory.imports;

import org.vigie.files.ImportIssue;

import java.util.ArrayList;
import java.util.List;
import org.vigie.files.CsvReader;

/** The comma-separated values of an import file as rows, with the observatory's messages for what breaks the grammar. */
final class CsvText {
    private final CsvReader reader;

    CsvText(String text, int maxCellChars) {
        this.reader = new CsvReader(text, maxCellChars);
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
        try {
            CsvReader.Record r = reader.next();
            return r == null ? null : new ImportRow(ImportIssue.Place.LINE, r.line(), r.cells());
        } catch (CsvReader.Fault f) {
            throw new Fault(f.line(), f.columnIndex(), switch (f.problem()) {
                case TEXT_AFTER_QUOTE -> "observatory.import.text_after_quote";
                case CELL_TOO_LARGE -> "observatory.import.cell_too_large";
                case UNCLOSED_QUOTE -> "observatory.import.unclosed_quote";
            });
        }
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
