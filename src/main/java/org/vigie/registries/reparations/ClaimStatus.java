package org.vigie.registries.reparations;

import org.vigie.observatory.vocabulary.Label;
import org.vigie.registries.Coded;

/** Where a reparation claim stands, from submission to the measure carried out. */
public enum ClaimStatus implements Coded {
    SUBMITTED(new Label("Submitted", "Déposée")),
    UNDER_REVIEW(new Label("Under review", "En cours d’examen")),
    GRANTED(new Label("Granted", "Accordée")),
    PARTIALLY_GRANTED(new Label("Partially granted", "Partiellement accordée")),
    REJECTED(new Label("Rejected", "Rejetée")),
    IMPLEMENTED(new Label("Paid or implemented", "Payée ou mise en œuvre"));

    private final Label label;

    ClaimStatus(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
