package org.vigie.observatory.victims;

import org.vigie.observatory.vocabulary.Label;

/**
 * Age groups used in counts: children (under 18, in the bands the UN's reports on children and armed
 * conflict use), adults and older persons; "unknown" when neither age nor group is known.
 */
public enum AgeGroup {
    CHILD_0_4(new Label("Child, 0 to 4", "Enfant, 0 à 4 ans"), 0, 4),
    CHILD_5_11(new Label("Child, 5 to 11", "Enfant, 5 à 11 ans"), 5, 11),
    CHILD_12_17(new Label("Child, 12 to 17", "Enfant, 12 à 17 ans"), 12, 17),
    ADULT_18_59(new Label("Adult, 18 to 59", "Adulte, 18 à 59 ans"), 18, 59),
    OLDER_60_PLUS(new Label("60 and over", "60 ans et plus"), 60, 150),
    CHILD_AGE_UNKNOWN(new Label("Child, age unknown", "Enfant, âge inconnu"), 0, 17),
    ADULT_AGE_UNKNOWN(new Label("Adult, age unknown", "Adulte, âge inconnu"), 18, 150),
    UNKNOWN(new Label("Unknown", "Inconnu"), 0, 150);

    private final Label label;
    private final int from;
    private final int to;

    AgeGroup(Label label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public Label label() {
        return label;
    }

    /** Whether the group holds only persons under 18. */
    public boolean isChild() {
        return to < 18;
    }

    /** Whether a person of {@code age} belongs to this group. */
    public boolean contains(int age) {
        return age >= from && age <= to;
    }

    /** The band an exact age falls in. */
    public static AgeGroup of(int age) {
        if (age < 0 || age > 150) {
            throw new org.vigie.errors.InvalidInput("age", "observatory.victim.age_invalid", Integer.toString(age));
        }
        for (AgeGroup g : new AgeGroup[] {CHILD_0_4, CHILD_5_11, CHILD_12_17, ADULT_18_59, OLDER_60_PLUS}) {
            if (age >= g.from && age <= g.to) {
                return g;
            }
        }
        throw new IllegalStateException("no band for " + age);
    }
}
