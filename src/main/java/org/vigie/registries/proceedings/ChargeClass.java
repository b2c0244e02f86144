package org.vigie.registries.proceedings;

import org.vigie.observatory.vocabulary.Label;
import org.vigie.registries.Coded;

/** The classification of the charges of a proceeding, by the crimes the resolution asks to prosecute. */
public enum ChargeClass implements Coded {
    WAR_CRIMES(new Label("War crimes", "Crimes de guerre")),
    CRIMES_AGAINST_HUMANITY(new Label("Crimes against humanity", "Crimes contre l’humanité")),
    TERRORISM(new Label("Terrorism", "Terrorisme")),
    MURDER(new Label("Murder", "Meurtre, assassinat")),
    TORTURE(new Label("Torture", "Torture")),
    SEXUAL_VIOLENCE(new Label("Sexual violence", "Violences sexuelles")),
    ENFORCED_DISAPPEARANCE(new Label("Enforced disappearance", "Disparition forcée")),
    OTHER(new Label("Other", "Autre"));

    private final Label label;

    ChargeClass(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
