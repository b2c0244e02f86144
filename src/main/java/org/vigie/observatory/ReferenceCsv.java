package org.vigie.observatory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.errors.InvalidInput;

/**
 * Reads the comma-separated reference files shipped with Vigie: a header, then one record a line, fields
 * optionally in double quotes (holding commas or doubled quotes). The reference files have no line
 * breaks inside fields, so a record is a line; this keeps the line number of an error exact.
 */
final class ReferenceCsv {

    static final String MALFORMED = "observatory.reference.malformed_row";

    private ReferenceCsv() {
    }

    /** Every record after the header, or an {@link InvalidInput} naming the source and line of the first bad one. */
    static List<Row> parse(String source, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new InvalidInput(source + " line 1", MALFORMED, source, 1, "missing header");
        }
        List<String> header = cells(source, 1, lines[0]);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip(), i);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = cells(source, i + 1, lines[i]);
            if (cells.size() != header.size()) {
                throw new InvalidInput(source + " line " + (i + 1), MALFORMED, source, i + 1,
                        cells.size() + " fields where the header has " + header.size());
            }
            rows.add(new Row(source, i + 1, columns, cells));
        }
        return rows;
    }

    static String resource(String path) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Reference file missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + path, e);
        }
    }

    private static List<String> cells(String source, int line, String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInput(source + " line " + line, MALFORMED, source, line, "unclosed quote");
        }
        cells.add(cell.toString());
        return cells;
    }

    /** One record, read by column name; a missing or blank required field is an error naming its line. */
    record Row(String source, int line, Map<String, Integer> columns, List<String> cells) {

        String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                throw fault("empty " + column);
            }
            return value;
        }

        String optional(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw fault("no column " + column);
            }
            return cells.get(index).strip();
        }

        int number(String column) {
            String value = required(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw fault(column + " is not a number: " + value);
            }
        }

        InvalidInput fault(String detail) {
            return new InvalidInput(source + " line " + line, MALFORMED, source, line, detail);
        }
    }
}
