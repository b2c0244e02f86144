package org.vigie.observatory.victims;

import org.vigie.observatory.vocabulary.Label;

/** What a victim was at the time of the facts, as the resolution and the UN's reports count victims. */
public enum VictimCategory {
    CIVILIAN(new Label("Civilian", "Civil")),
    CHILD(new Label("Child", "Enfant")),
    AID_WORKER(new Label("Humanitarian worker", "Travailleur humanitaire")),
    HEALTH_WORKER(new Label("Health worker", "Personnel de santé")),
    TEACHER_OR_PUPIL(new Label("Teacher or pupil", "Enseignant ou élève")),
    DETAINEE(new Label("Detainee", "Personne détenue")),
    HUMAN_RIGHTS_DEFENDER(new Label("Human rights defender", "Défenseur des droits de l'homme")),
    JOURNALIST(new Label("Journalist", "Journaliste")),
    DISPLACED_PERSON(new Label("Displaced person or refugee", "Personne déplacée ou réfugiée")),
    PERSON_HORS_DE_COMBAT(new Label("Combatant hors de combat", "Combattant hors de combat")),
    OTHER(new Label("Other", "Autre"));

    private final Label label;

    VictimCategory(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
