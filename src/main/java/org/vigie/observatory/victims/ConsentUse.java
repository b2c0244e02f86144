package org.vigie.observatory.victims;

import org.vigie.observatory.vocabulary.Label;

/** A use of a victim's information that requires their consent. */
public enum ConsentUse {
    /** Kept in the observatory and read by those who document and verify. */
    DOCUMENTATION(new Label("Documentation by the observatory", "Documentation par l'observatoire")),
    /** Counted, without identity, in published statistics. */
    ANONYMISED_STATISTICS(new Label("Anonymised statistics", "Statistiques anonymisées")),
    /** Identity shared with judicial authorities. */
    JUSTICE(new Label("Sharing with judicial authorities", "Transmission aux autorités judiciaires")),
    /** Identity shared with a reparations programme. */
    REPARATIONS(new Label("Sharing with a reparations programme", "Transmission à un programme de réparations")),
    /** Referral to medical, psychosocial or legal services. */
    REFERRAL(new Label("Referral to services", "Orientation vers des services"));

    private final Label label;

    ConsentUse(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
