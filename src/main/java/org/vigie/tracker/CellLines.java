package org.vigie.tracker;

import java.util.ArrayList;
import java.util.List;

/** The lines of a cell as OHCHR and UHRI write lists: one value a line, each after "- ". */
final class CellLines {

    private CellLines() {
    }

    /** The non-blank lines of {@code text}, stripped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
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
