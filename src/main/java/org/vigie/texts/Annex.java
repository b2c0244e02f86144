package org.vigie.texts;

import java.util.List;
import java.util.Objects;

/**
 * A text the resolution adopts or annexes (the political declaration of A/RES/73/3): its headings
 * and its own paragraphs, numbered or not.
 */
public record Annex(List<String> headings, List<Paragraph> paragraphs) {

    public Annex {
        Objects.requireNonNull(headings, "headings");
        headings = List.copyOf(headings);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The first heading, or an empty string when the annex has none. */
    public String title() {
        return headings.isEmpty() ? "" : headings.get(0);
    }
}
