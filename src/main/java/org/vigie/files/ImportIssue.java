package org.vigie.files;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.errors.InvalidInput;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;

/**
 * Something an import found wrong in a file (an error, which refuses the whole file) or worth saying (a
 * warning), and where: the line of a .csv where the record starts, the row of a spreadsheet, of a Word
 * table or of an XML file, or the file as a whole; the column as the file names it (1-based, headers as
 * written). The message is a key of both bundles ({@code tracker.import.*}, {@code observatory.import.*})
 * rendered in French or English.
 *
 * @param place      what {@code line} counts
 * @param line       the line or row, counted from 1; 0 for the file as a whole
 * @param column     the column's header as written, or {@code null} when the fault is not in one column
 * @param messageKey the message's key in the bundles
 * @param args       the message's arguments, as text
 */
public record ImportIssue(Place place, int line, String column, String messageKey, List<String> args) {

    /** What {@link #line()} counts. */
    public enum Place {
        /** The file as a whole; the line is 0. */
        FILE,
        /** A line of a text file (.csv). */
        LINE,
        /** A row of a spreadsheet or of a Word table, or a submission of an XML file. */
        ROW
    }

    public ImportIssue {
        if (place == null || (place == Place.FILE) != (line == 0) || line < 0) {
            throw new IllegalArgumentException("an issue is in the file as a whole (line 0) or on a line or row from 1");
        }
        if (messageKey == null || !messageKey.contains(".import.")) {
            throw new IllegalArgumentException("not an import message key: " + messageKey);
        }
        args = List.copyOf(args);
    }

    /** An issue with the file as a whole. */
    public static ImportIssue ofFile(String messageKey, Object... args) {
        return new ImportIssue(Place.FILE, 0, null, messageKey, texts(args));
    }

    /** An issue on a line or row, in a column (or {@code null}). */
    public static ImportIssue at(Place place, int line, String column, String messageKey, Object... args) {
        return new ImportIssue(place, line, column, messageKey, texts(args));
    }

    /**
     * Where, in English, for logs and the command line: {@code line 7346, column UPR Position},
     * {@code row 12, column Relevant SDGs}, {@code file}.
     */
    public String where() {
        return where(new Messages(), Lang.EN);
    }

    /** Where, in {@code lang}: {@code ligne 12, colonne admin2}. */
    public String where(Messages messages, Lang lang) {
        String at = switch (place) {
            case FILE -> messages.get(lang, "files.import.where.file");
            case LINE -> messages.get(lang, "files.import.where.line", Integer.toString(line));
            case ROW -> messages.get(lang, "files.import.where.row", Integer.toString(line));
        };
        return column == null ? at : at + ", " + messages.get(lang, "files.import.where.column", column);
    }

    /** The message alone, in {@code lang}. */
    public String message(Messages messages, Lang lang) {
        return messages.get(lang, messageKey, args.toArray());
    }

    /** Where and what, in {@code lang}: {@code line 3, column UPR Position: unknown position “Maybe”}. */
    public String describe(Messages messages, Lang lang) {
        return where(messages, lang) + (lang == Lang.FR ? " : " : ": ") + message(messages, lang);
    }

    /** The same issue in the form the rest of Vigie reports bad input. */
    public InvalidInput toInvalidInput() {
        return new InvalidInput(where(), messageKey, args.toArray());
    }

    /** An entry of the {@code errors} or {@code warnings} array of the commands' JSON output. */
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
