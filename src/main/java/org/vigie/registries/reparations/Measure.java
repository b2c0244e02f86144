package org.vigie.registries.reparations;

import org.vigie.observatory.vocabulary.Label;
import org.vigie.registries.Coded;

/** The forms of reparation of the UN Basic Principles (A/RES/60/147, paras. 19-23). */
public enum Measure implements Coded {
    COMPENSATION(new Label("Compensation", "Indemnisation")),
    RESTITUTION(new Label("Restitution", "Restitution")),
    REHABILITATION(new Label("Rehabilitation", "Réadaptation")),
    SATISFACTION(new Label("Satisfaction", "Satisfaction")),
    NON_REPETITION(new Label("Guarantees of non-repetition", "Garanties de non-répétition"));

    private final Label label;

    Measure(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
