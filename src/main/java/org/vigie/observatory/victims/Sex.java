package org.vigie.observatory.victims;

import org.vigie.observatory.vocabulary.Label;

/** A victim's sex as recorded, with "unknown" when the source does not say. */
public enum Sex {
    FEMALE(new Label("Female", "Féminin")),
    MALE(new Label("Male", "Masculin")),
    UNKNOWN(new Label("Unknown", "Inconnu"));

    private final Label label;

    Sex(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
