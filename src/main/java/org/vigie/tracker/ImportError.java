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
 * @param line       the line or row, counted from 1; 0 when the fault is the file as a whole
 * @param column     the column's header, or {@code null} when the fault is not in one column
 * @param messageKey the message's key in the bundles
 * @param args       the message's arguments, as text
 */
public record ImportError(int line, String column, String messageKey, List<String> args) {

    public ImportError {
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (the whole file) or more");
        }
        if (messageKey == null || !messageKey.startsWith("tracker.import.")) {
            throw new IllegalArgumentException("not a tracker import message key: " + messageKey);
        }
        args = List.copyOf(args);
    }

    /** An error about the file as a whole. */
    static ImportError ofFile(String messageKey, Object... args) {
        return new ImportError(0, null, messageKey, texts(args));
    }

    static ImportError at(int line, String column, String messageKey, Object... args) {
        return new ImportError(line, column, messageKey, texts(args));
    }

    /** Where the fault is, in English, for logs and the command line: {@code line 7346, column UPR Position}. */
    public String where() {
        String place = line == 0 ? "file" : "line " + line;
        return column == null ? place : place + ", column " + column;
    }

    /** The same fault in the form the rest of Vigie reports bad input. */
    public InvalidInput toInvalidInput() {
        return new InvalidInput(where(), messageKey, args.toArray());
    }

    /** The entry of the {@code errors} array of {@code --format json}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
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
