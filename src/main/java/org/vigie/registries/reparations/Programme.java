package org.vigie.registries.reparations;

import org.vigie.observatory.vocabulary.Label;
import org.vigie.registries.Coded;

/** Which programme a reparation claim is made under. */
public enum Programme implements Coded {
    CVJR(new Label("Truth, Justice and Reconciliation Commission (CVJR) reparations programme", "Programme de réparations de la Commission Vérité, Justice et Réconciliation (CVJR)")),
    COURT_ORDERED(new Label("Ordered by a court", "Ordonnée par une juridiction")),
    OTHER(new Label("Other", "Autre"));

    private final Label label;

    Programme(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
