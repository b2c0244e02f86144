package org.vigie.texts;

import java.util.Objects;

/** A footnote of the document, kept apart from the paragraphs that call it. */
public record Footnote(int number, String text) {

    public Footnote {
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("footnote number must be positive: " + number);
        }
    }
}
