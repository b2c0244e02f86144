package org.vigie.observatory.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.errors.InvalidInput;
import org.vigie.files.CsvReader;

/**
 * Reads the comma-separated reference files shipped with Vigie with the grammar every import shares
 * ({@link CsvReader}): a header, then records read by column name; blank lines are skipped, and an error
 * names the file and the line its record starts on.
 */
public final class ReferenceCsv {

    static final String MALFORMED = "observatory.reference.malformed_row";
    private static final int MAX_CELL_CHARS = 100_000;

    private ReferenceCsv() {
    }

    /** Every record after the header, or an {@link InvalidInput} naming the source and line of the first bad one. */
    public static List<Row> parse(String source, String text) {
        CsvReader reader = new CsvReader(text, MAX_CELL_CHARS);
        List<String> header = next(reader, source);
        if (header == null || header.size() == 1 && header.get(0).isBlank()) {
            throw new InvalidInput(source + " line 1", MALFORMED, source, 1, "missing header");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip(), i);
        }
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Record r = record(reader, source); r != null; r = record(reader, source)) {
            if (r.cells().size() == 1 && r.cells().get(0).isBlank()) {
                continue;
            }
            if (r.cells().size() != header.size()) {
                throw new InvalidInput(source + " line " + r.line(), MALFORMED, source, r.line(),
                        r.cells().size() + " fields where the header has " + header.size());
            }
            rows.add(new Row(source, r.line(), columns, r.cells()));
        }
        return rows;
    }

    private static List<String> next(CsvReader reader, String source) {
        CsvReader.Record r = record(reader, source);
        return r == null ? null : r.cells();
    }

    private static CsvReader.Record record(CsvReader reader, String source) {
        try {
            return reader.next();
        } catch (CsvReader.Fault f) {
            throw new InvalidInput(source + " line " + f.line(), MALFORMED, source, f.line(),
                    f.problem().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }

    public static String resource(String path) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Reference file missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + path, e);
        }
    }

    /** One record, read by column name; a missing or blank required field is an error naming its line. */
    public record Row(String source, int line, Map<String, Integer> columns, List<String> cells) {

        public String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                throw fault("empty " + column);
            }
            return value;
        }

        public String optional(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw fault("no column " + column);
            }
            return cells.get(index).strip();
        }

        public int number(String column) {
            String value = required(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw fault(column + " is not a number: " + value);
            }
        }

        public InvalidInput fault(String detail) {
            return new InvalidInput(source + " line " + line, MALFORMED, source, line, detail);
        }
    }
}
