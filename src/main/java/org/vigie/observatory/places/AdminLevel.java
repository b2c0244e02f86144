package org.vigie.observatory.places;

import java.util.Optional;
import org.vigie.observatory.vocabulary.Label;

/** The three administrative levels of Mali that OCHA codes: a P-code's length tells its level. */
public enum AdminLevel {
    REGION(4, new Label("Region", "Région")),
    CERCLE(6, new Label("Cercle", "Cercle")),
    COMMUNE(8, new Label("Commune", "Commune"));

    private final int codeLength;
    private final Label label;

    AdminLevel(int codeLength, Label label) {
        this.codeLength = codeLength;
        this.label = label;
    }

    public int codeLength() {
        return codeLength;
    }

    public Label label() {
        return label;
    }

    /** The level above this one; a region has none (the country is not coded as a unit here). */
    public Optional<AdminLevel> above() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The level below this one; a commune has none. */
    public Optional<AdminLevel> below() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    static Optional<AdminLevel> ofCodeLength(int length) {
        for (AdminLevel level : values()) {
            if (level.codeLength == length) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
