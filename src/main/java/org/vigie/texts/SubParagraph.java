package org.vigie.texts;

import java.util.List;
import java.util.Objects;

/**
 * A sub-paragraph of a paragraph: {@code (a)} or {@code a)} at the first level, {@code (i)} or
 * {@code i)} at the second. {@code marker} is the bare letter or numeral ("a", "ii").
 */
public record SubParagraph(String marker, String text, List<SubParagraph> children) {

    public SubParagraph {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(text, "text");
        if (marker.isBlank()) {
            throw new IllegalArgumentException("sub-paragraph marker is blank");
        }
        children = List.copyOf(children);
    }
}
