package org.vigie.texts.library;

import java.time.Instant;
import java.util.Objects;
import org.vigie.texts.Language;

/** A stored text as lists show it, without its content. */
public record TextSummary(long id, String fileName, String title, String symbol, Language language, boolean draft,
                          int preambular, int operative, String importedBy, Instant importedAt, boolean demo,
                          Long previousId) {
    public TextSummary {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
    }

    /** The symbol, or the file name for a draft that has none. */
    public String label() {
        return symbol != null ? symbol : fileName;
    }
}
