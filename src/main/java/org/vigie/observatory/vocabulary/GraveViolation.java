package org.vigie.observatory.vocabulary;

/**
 * The six grave violations against children in armed conflict that the Security Council's monitoring and
 * reporting mechanism (resolutions 1539 (2004), 1612 (2005), 1882 (2009), 1998 (2011)) counts, and that
 * the Secretary-General's annual report on children and armed conflict lists for Mali.
 */
public enum GraveViolation {
    KILLING_AND_MAIMING(new Label("Killing and maiming of children", "Meurtre et mutilation d'enfants")),
    RECRUITMENT_AND_USE(new Label("Recruitment and use of children", "Recrutement et utilisation d'enfants")),
    SEXUAL_VIOLENCE(new Label("Rape and other forms of sexual violence against children",
            "Viol et autres formes de violence sexuelle contre des enfants")),
    ABDUCTION(new Label("Abduction of children", "Enlèvement d'enfants")),
    ATTACKS_ON_SCHOOLS_AND_HOSPITALS(new Label("Attacks on schools and hospitals", "Attaques contre des écoles et des hôpitaux")),
    DENIAL_OF_HUMANITARIAN_ACCESS(new Label("Denial of humanitarian access for children",
            "Refus d'accès humanitaire aux enfants"));

    private final Label label;

    GraveViolation(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
