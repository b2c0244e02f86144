package org.vigie.texts.reading;

import org.vigie.texts.Paragraph;

/**
 * A footnote call inside a paragraph: the footnote's number and where the call stood, as a character
 * offset into the paragraph's {@link Paragraph#fullText()} (the call follows the character before it).
 */
public record FootnoteCall(int number, int offset) {

    public FootnoteCall {
        if (number < 1) {
            throw new IllegalArgumentException("footnote number must be positive: " + number);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("footnote call offset must not be negative: " + offset);
        }
    }
}
