package org.vigie.texts;

import java.util.Objects;

/**
 * Something the resolution asks the authorities of the State concerned to do: the operative
 * paragraph it comes from, the addressee as written, the action, and a deadline when the text
 * gives one ("à sa soixante-quatrième session"), else null.
 */
public record Commitment(int paragraph, String addressee, String action, String deadline) {

    public Commitment {
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(action, "action");
        if (paragraph < 1) {
            throw new IllegalArgumentException("operative paragraph number must be positive: " + paragraph);
        }
    }
}
