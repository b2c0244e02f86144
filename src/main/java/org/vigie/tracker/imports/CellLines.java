package org.vigie.tracker.imports;

import java.util.ArrayList;
import java.util.List;

/** The lines of a cell as OHCHR and UHRI write lists: one value a line, each after "- ". */
public final class CellLines {

    private CellLines() {
    }

    /** The non-blank lines of {@code text}, stripped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                String line = text.substring(start, i).strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** The line terminators of a regular expression's {@code \\R}; a CRLF gives an empty line between, dropped. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code text} without the characters of {@code marks} ending it, then stripped: a list's final punctuation. */
    public static String withoutFinal(String text, String marks) {
        int end = text.length();
        while (end > 0 && marks.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    /**
     * The values of a list cell: each line without its "- " bullet. A cell holding one value without a
     * bullet (UHRI writes a lone value so) is that value.
     */
    static List<String> values(String text) {
        return lines(text).stream().map(CellLines::unbulleted).filter(v -> !v.isEmpty()).toList();
    }

    static String unbulleted(String line) {
        String value = line.strip();
        if (value.startsWith("- ") || value.startsWith("-\t") || value.startsWith("• ") || value.equals("-")) {
            value = value.substring(1).strip();
        }
        return value;
    }
}
