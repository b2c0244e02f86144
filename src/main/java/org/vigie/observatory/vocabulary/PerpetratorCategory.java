package org.vigie.observatory.vocabulary;

/**
 * Who is alleged to have committed an act, by the categories the Council's resolutions on Mali and the
 * UN's reports distinguish. The category is about the perpetrator's affiliation as reported, not a legal
 * finding; a named group is recorded elsewhere.
 */
public enum PerpetratorCategory {
    STATE_FORCES(new Label("State defence and security forces", "Forces de défense et de sécurité de l'État")),
    ARMED_GROUPS(new Label("Armed groups (signatories to or outside peace agreements)",
            "Groupes armés (signataires ou non d'accords de paix)")),
    TERRORIST_GROUPS(new Label("Groups designated as terrorist", "Groupes désignés comme terroristes")),
    SELF_DEFENCE_MILITIA(new Label("Self-defence groups and militias", "Groupes d'autodéfense et milices")),
    FOREIGN_FORCES_AND_PRIVATE_MILITARY_COMPANIES(new Label("Foreign forces and private military companies",
            "Forces étrangères et sociétés militaires privées")),
    UNKNOWN(new Label("Unknown", "Inconnu")),
    OTHER(new Label("Other", "Autre"));

    private final Label label;

    PerpetratorCategory(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
