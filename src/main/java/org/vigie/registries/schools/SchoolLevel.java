package org.vigie.registries.schools;

import org.vigie.observatory.vocabulary.Label;
import org.vigie.registries.Coded;

/** The level of a school as Mali's education system names it. */
public enum SchoolLevel implements Coded {
    FUNDAMENTAL_1(new Label("Basic education, first cycle", "Fondamental, premier cycle")),
    FUNDAMENTAL_2(new Label("Basic education, second cycle", "Fondamental, second cycle")),
    SECONDARY(new Label("Secondary", "Secondaire")),
    OTHER(new Label("Other (pre-school, madrasa, vocational, ...)", "Autre (préscolaire, médersa, professionnel, ...)"));

    private final Label label;

    SchoolLevel(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
