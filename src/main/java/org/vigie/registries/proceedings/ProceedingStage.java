package org.vigie.registries.proceedings;

import org.vigie.observatory.vocabulary.Label;
import org.vigie.registries.Coded;

/** Where a criminal case stands in Malian procedure, from complaint to final judgment; a case may also be closed without further action (classement sans suite). */
public enum ProceedingStage implements Coded {
    COMPLAINT_FILED(new Label("Complaint filed", "Plainte déposée")),
    PRELIMINARY_INVESTIGATION(new Label("Preliminary investigation", "Enquête préliminaire")),
    JUDICIAL_INVESTIGATION(new Label("Judicial investigation", "Information judiciaire (instruction)")),
    INDICTMENT(new Label("Indictment (committal for trial)", "Mise en accusation (renvoi)")),
    TRIAL(new Label("Trial", "Procès")),
    FIRST_INSTANCE_JUDGMENT(new Label("Judgment at first instance", "Jugement en premier ressort")),
    APPEAL(new Label("Appeal", "Appel")),
    FINAL_JUDGMENT(new Label("Final judgment", "Décision définitive")),
    CLOSED_WITHOUT_ACTION(new Label("Closed without further action", "Classement sans suite"));

    private final Label label;

    ProceedingStage(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
