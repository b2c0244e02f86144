package org.vigie.registries.schools;

import org.vigie.observatory.vocabulary.Label;
import org.vigie.registries.Coded;

/** Why a school closed, as the education cluster reports it; {@code INSECURITY} is a general threat in the area, {@code THREAT} one aimed at the school or its teachers. */
public enum ClosureCause implements Coded {
    THREAT(new Label("Threats against the school or its teachers", "Menaces contre l’école ou ses enseignants")),
    ATTACK(new Label("Attack on the school", "Attaque contre l’école")),
    OCCUPATION(new Label("Occupation by armed actors", "Occupation par des acteurs armés")),
    INSECURITY(new Label("Insecurity in the area", "Insécurité dans la zone")),
    DISPLACEMENT(new Label("Displacement of the population", "Déplacement de la population")),
    OTHER(new Label("Other", "Autre"));

    private final Label label;

    ClosureCause(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
