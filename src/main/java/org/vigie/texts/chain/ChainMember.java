package org.vigie.texts.chain;

import java.time.LocalDate;
import java.util.List;

/**
 * One resolution of a chain: its key ({@code unhrc-22-18}, or {@code draft-7} for a stored draft), its number as
 * texts cite it ("22/18"; null for a draft), its date (its own adoption, else the date the citing texts give),
 * what it did to the mandate, the stored texts that hold it (one per language; none: a gap, "not in Vigie"),
 * and the stored texts that cite it with their relation.
 */
public record ChainMember(String key, String number, String title, LocalDate date, MandateAction mandate,
                          List<Expression> texts, List<Citation> citedBy) {

    /** A stored text of this resolution in one language. */
    public record Expression(long id, String language, String symbol) {
    }

    /** A stored text that cites this resolution, and what it says of it ({@code extends_mandate}, …). */
    public record Citation(long id, String citing, String relation) {
    }

    public ChainMember {
        texts = List.copyOf(texts);
        citedBy = List.copyOf(citedBy);
    }

    /** Whether Vigie holds a text of it. */
    public boolean inVigie() {
        return !texts.isEmpty();
    }

    public boolean isDraft() {
        return number == null;
    }
}
