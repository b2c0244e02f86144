package org.vigie.texts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resolution or document the text cites: the symbol as the UN writes it ("60/251",
 * "2453 A (XXIII)", "A/73/85"), the body that adopted it when known (null otherwise), its date when
 * the text gives one (null otherwise), and where it is cited ("PP3", "OP2", "annex 1", "footnote 4").
 */
public record Reference(String symbol, String body, LocalDate date, String paragraph) {

    public Reference {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(paragraph, "paragraph");
        if (symbol.isBlank()) {
            throw new IllegalArgumentException("reference symbol is blank");
        }
    }
}
