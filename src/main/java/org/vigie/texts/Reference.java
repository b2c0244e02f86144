package org.vigie.texts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resolution or document the text cites: the symbol as the UN writes it ("60/251",
 * "2453 A (XXIII)", "A/73/85"), the body that adopted it when known (null otherwise), its date when
 * the text gives one (null otherwise), where it is cited ("PP3", "OP2", "annex 1", "footnote 4") and what the
 * citing text does with it ({@code relation}: "recalls", "establishes_mandate", "extends_mandate", "takes_note",
 * "welcomes", "ends_mandate", or "cites" when its wording says nothing more).
 */
public record Reference(String symbol, String body, LocalDate date, String paragraph, String relation) {

    public Reference(String symbol, String body, LocalDate date, String paragraph) {
        this(symbol, body, date, paragraph, "cites");
    }

    public Reference withRelation(String relation) {
        return new Reference(symbol, body, date, paragraph, relation);
    }

    public Reference {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(paragraph, "paragraph");
        if (symbol.isBlank()) {
            throw new IllegalArgumentException("reference symbol is blank");
        }
    }
}
