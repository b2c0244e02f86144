package org.vigie.observatory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.errors.InvalidInput;

/**
 * Something an import of incidents found wrong (an error, which refuses the file) or worth saying (a
 * warning, such as a place kept at the cercle because ACLED's commune is not in the code list), and
 * where: the line of a .csv where the record starts, the row of a spreadsheet, or the file as a whole;
 * the column as the file names it. Messages are {@code observatory.import.*} keys in both bundles.
 *
 * @param place      what {@code line} counts
 * @param line       the line or row from 1; 0 for the file as a whole
 * @param column     the column's header as written, or {@code null}
 * @param messageKey the message's key
 * @param args       the message's arguments, as text
 */
public record ImportIssue(Place place, int line, String column, String messageKey, List<String> args) {

    /** What {@link #line()} counts. */
    public enum Place {
        /** The file as a whole; the line is 0. */
        FILE,
        /** A line of a text file (.csv). */
        LINE,
        /** A row of a spreadsheet sheet, or a submission of an XML file. */
        ROW
    }

    public ImportIssue {
        if (place == null || (place == Place.FILE) != (line == 0) || line < 0) {
            throw new IllegalArgumentException("an issue is in the file as a whole (line 0) or on a line or row from 1");
        }
        if (messageKey == null || !messageKey.startsWith("observatory.import.")) {
            throw new IllegalArgumentException("not an observatory import message key: " + messageKey);
        }
        args = List.copyOf(args);
    }

    static ImportIssue ofFile(String messageKey, Object... args) {
        return new ImportIssue(Place.FILE, 0, null, messageKey, texts(args));
    }

    static ImportIssue at(Place place, int line, String column, String messageKey, Object... args) {
        return new ImportIssue(place, line, column, messageKey, texts(args));
    }

    /** Where, in English, for logs and the command line: {@code line 12, column admin2}, {@code file}. */
    public String where() {
        String at = switch (place) {
            case FILE -> "file";
            case LINE -> "line " + line;
            case ROW -> "row " + line;
        };
        return column == null ? at : at + ", column " + column;
    }

    /** The same issue in the form the rest of Vigie reports bad input. */
    public InvalidInput toInvalidInput() {
        return new InvalidInput(where(), messageKey, args.toArray());
    }

    /** An entry of the {@code errors} or {@code warnings} array of {@code --format-output json}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("place", place.name().toLowerCase(Locale.ROOT));
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
