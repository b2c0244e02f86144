package org.vigie.texts;

import java.util.List;

/**
 * What a file reader hands the parser: the text as blocks (one paragraph or heading each, as far as
 * the format shows it) and the footnotes found apart from the text. A footnote call inside a block
 * is written {@code MARK_OPEN + number + MARK_CLOSE}.
 */
public record SourceText(List<String> blocks, List<Footnote> footnotes) {

    /** Private-use characters that cannot occur in a UN text, so a footnote call survives joining. */
    public static final char MARK_OPEN = '\uE000';
    public static final char MARK_CLOSE = '\uE001';

    public SourceText {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }

    public static String mark(String number) {
        return MARK_OPEN + number + MARK_CLOSE;
    }
}
