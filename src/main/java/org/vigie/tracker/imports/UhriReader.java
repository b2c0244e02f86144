package org.vigie.tracker.imports;

import org.vigie.files.ImportIssue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an export of the Universal Human Rights Index (uhri.ohchr.org), as .xlsx or .csv, into
 * recommendations; see docs/tracker-imports.md for the columns. All or nothing: one bad row makes the
 * result a list of errors naming each bad line (or spreadsheet row) and column.
 */
public final class UhriReader {

    /** A cell of 1 MB is not a recommendation; refusing it keeps a hostile file from filling memory. */
    public static final int MAX_CELL_CHARS = 1_000_000;

    /** Reads {@code bytes}, an .xlsx or .csv file as {@code fileName}'s extension or the bytes' signature tells. */
    public ImportResult read(byte[] bytes, String fileName) {
        try {
            OfficeFiles.check(bytes);
        } catch (OfficeFiles.OfficeFileRefused e) {
            return ImportResult.failure(e.error());
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        return name.endsWith(".xlsx") || (!name.endsWith(".csv") && zip) ? readXlsx(bytes) : readCsv(bytes);
    }

    /** Reads the first sheet as a stream of XML rows (see {@link SheetStream}), never the workbook's object model. */
    private ImportResult readXlsx(byte[] bytes) {
        Rows rows = new Rows();
        try {
            if (!SheetStream.read(bytes, rows::accept)) {
                return ImportResult.failure(ImportIssue.ofFile("tracker.import.no_recommendations"));
            }
            return rows.result();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                 | RuntimeException e) {
            return ImportResult.failure(OfficeFiles.refused(e, "tracker.import.not_an_xlsx").error());
        }
    }

    private ImportResult readCsv(byte[] bytes) {
        return readCsv(new ByteArrayInputStream(bytes));
    }

    /**
     * Reads a .csv from {@code in} as a stream: the bytes are decoded as they come and the records read one
     * at a time, so only the recommendations are held, not the file, its text or every row's cells. A
     * stream past {@link OfficeFiles#MAX_BYTES} is refused when the limit is reached. The stream is not closed.
     */
    ImportResult readCsv(InputStream in) {
        SizeLimit counted = new SizeLimit(in, OfficeFiles.MAX_BYTES);
        Reader text = new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        TableRow[] first = {null};
        try {
            CsvRecords records = new CsvRecords(text, MAX_CELL_CHARS);
            Rows rows = new Rows();
            for (TableRow row = records.next(); row != null; row = records.next()) {
                if (first[0] == null) {
                    first[0] = row;
                }
                rows.accept(row);
            }
            ImportResult result = rows.result();
            return counted.count() == 0 ? ImportResult.failure(ImportIssue.ofFile("tracker.import.empty")) : result;
        } catch (CsvRecords.CsvFault fault) {
            String column = first[0] == null ? null : columnName(first[0].cells(), fault.columnIndex);
            Object[] args = fault.messageKey.equals("tracker.import.cell_too_large") ? new Object[] {MAX_CELL_CHARS}
                    : new Object[0];
            return ImportResult.failure(ImportIssue.at(ImportIssue.Place.LINE, fault.line, column, fault.messageKey, args));
        } catch (UncheckedIOException e) {
            return ImportResult.failure(unreadable(e.getCause()));
        }
    }

    private static ImportIssue unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return ImportIssue.ofFile("tracker.import.not_utf8");
        }
        if (e instanceof SizeLimit.TooLarge) {
            return ImportIssue.ofFile("tracker.import.too_large", OfficeFiles.MAX_BYTES / (1024 * 1024));
        }
        return ImportIssue.ofFile("tracker.import.unreadable");
    }

    /**
     * Takes the rows of a sheet or a .csv one at a time, as they are read: the first non-blank row is the
     * header (a header lacking required columns refuses the file), each later non-blank row a recommendation.
     */
    private static final class Rows {
        private final ImportCollector collected = new ImportCollector();
        private UhriRow reader;
        private ImportResult refused;
        /** The States the rows concern: a list of one State tells it; several, or none, tell nothing. */
        private final java.util.Set<String> states = new java.util.HashSet<>();

        void accept(TableRow row) {
            if (row.isBlank() || refused != null) {
                return;
            }
            if (reader == null) {
                header(row);
            } else {
                collected.add(row.place(), row.line(), reader.read(row, MAX_CELL_CHARS));
                String countries = reader.countries(row);
                if (countries != null && states.size() < 2) {
                    states.add(StateNames.code(countries).orElse(countries));
                }
            }
        }

        private void header(TableRow at) {
            List<String> header = at.cells();
            Map<UhriColumn, Integer> columns = UhriColumn.locate(header);
            List<String> missing = UhriColumn.missing(columns);
            if (missing.isEmpty()) {
                reader = new UhriRow(columns, header);
            } else {
                refused = ImportResult.failure(ImportIssue.at(at.place(), at.line(), null, "tracker.import.missing_columns",
                        String.join(", ", missing)));
            }
        }

        ImportResult result() {
            if (refused != null) {
                return refused;
            }
            if (reader == null) {
                return ImportResult.failure(ImportIssue.ofFile("tracker.import.no_recommendations"));
            }
            String state = states.size() == 1 ? states.iterator().next() : null;
            return collected.result().withState(state != null && state.matches("[A-Z]{2}") ? state : null);
        }
    }

    private static String columnName(List<String> header, int index) {
        return index >= 0 && index < header.size() ? header.get(index).strip() : "column " + (index + 1);
    }
}
