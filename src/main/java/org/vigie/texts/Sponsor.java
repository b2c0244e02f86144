package org.vigie.texts;

import java.util.Objects;

/**
 * A State that submits a draft, as the L-document lists it: "Belgium,**" is {@code state} "Belgium" with
 * {@code marks} "**"; {@code meaning} is what the document's footnote says of those marks ("State not a member
 * of the Human Rights Council"), or null when the text does not say.
 */
public record Sponsor(String state, String marks, String meaning) {

    public Sponsor {
        Objects.requireNonNull(state, "state");
        if (state.isBlank()) {
            throw new IllegalArgumentException("sponsor is blank");
        }
        marks = marks == null ? "" : marks;
    }
}
