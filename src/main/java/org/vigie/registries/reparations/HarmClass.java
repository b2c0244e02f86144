package org.vigie.registries.reparations;

import org.vigie.observatory.vocabulary.Label;
import org.vigie.registries.Coded;

/** The harm a claimant suffered, by the categories of the UN Basic Principles on reparation (A/RES/60/147, para. 20). */
public enum HarmClass implements Coded {
    LOSS_OF_LIFE(new Label("Death of a relative", "Décès d’un proche")),
    PHYSICAL_HARM(new Label("Physical harm", "Atteinte physique")),
    PSYCHOLOGICAL_HARM(new Label("Psychological harm", "Atteinte psychologique")),
    SEXUAL_VIOLENCE(new Label("Sexual violence", "Violences sexuelles")),
    DEPRIVATION_OF_LIBERTY(new Label("Deprivation of liberty", "Privation de liberté")),
    DISAPPEARANCE(new Label("Disappearance of a relative", "Disparition d’un proche")),
    MATERIAL_LOSS(new Label("Loss of property or earnings", "Perte de biens ou de revenus")),
    DISPLACEMENT(new Label("Forced displacement", "Déplacement forcé")),
    LOST_OPPORTUNITIES(new Label("Lost opportunities (education, employment)", "Occasions perdues (éducation, emploi)")),
    OTHER(new Label("Other", "Autre"));

    private final Label label;

    HarmClass(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
