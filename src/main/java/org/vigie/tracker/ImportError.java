package org.vigie.tracker;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.errors.InvalidInput;

/**
 * Why an import was refused, and where: the line of a .csv (where the record starts), the row of a
 * spreadsheet or of a Word table, and the column, both as the user sees them (1-based, the header
 * names as written). The message key and its arguments are rendered by the interface in French or
 * English ({@code tracker.import.*} in the message bundles).
 *
 * @param place      whether {@code line} counts the lines of a text file or the rows of a table
 * @param line       the line or row, counted from 1; 0 when the fault is the file as a whole
 * @param column     the column's header, or {@code null} when the fault is not in one column
 * @param messageKey the message's key in the bundles
 * @param args       the message's arguments, as text
 */
public record ImportError(Place place, int line, String column, String messageKey, List<String> args) {

    /** What {@link #line()} counts. */
    public enum Place {
        /** The file as a whole; the line is 0. */
        FILE,
        /** A line of a text file (.csv). */
        LINE,
        /** A row of a spreadsheet or of a Word table. */
        ROW
    }

    public ImportError {
        if (place == null || (place == Place.FILE) != (line == 0) || line < 0) {
            throw new IllegalArgumentException("a fault is in the file as a whole (line 0) or on a line or row from 1");
        }
        if (messageKey == null || !messageKey.startsWith("tracker.import.")) {
            throw new IllegalArgumentException("not a tracker import message key: " + messageKey);
        }
        args = List.copyOf(args);
    }

    /** An error about the file as a whole. */
    static ImportError ofFile(String messageKey, Object... args) {
        return new ImportError(Place.FILE, 0, null, messageKey, texts(args));
    }

    static ImportError at(Place place, int line, String column, String messageKey, Object... args) {
        return new ImportError(place, line, column, messageKey, texts(args));
    }

    /**
     * Where the fault is, in English, for logs and the command line: {@code line 7346, column UPR Position},
     * {@code row 12, column Relevant SDGs}, {@code file}.
     */
    public String where() {
        String at = switch (place) {
            case FILE -> "file";
            case LINE -> "line " + line;
            case ROW -> "row " + line;
        };
        return column == null ? at : at + ", column " + column;
    }

    /** The same fault in the form the rest of Vigie reports bad input. */
    public InvalidInput toInvalidInput() {
        return new InvalidInput(where(), messageKey, args.toArray());
    }

    /** The entry of the {@code errors} array of {@code --format json}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("place", place.name().toLowerCase(java.util.Locale.ROOT));
        json.put("line", line);
        json.put("column", column);
        json.put("key", messageKey);
        json.put("args", args);
        return json;
    }

    private static List<String> texts(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
