package org.vigie.texts.chain;

import java.util.Locale;

/** What a resolution did to the mandate of the chain, as the texts tell it; ranked, the strongest wins. */
public enum MandateAction {
    NOT_SAID, EXTENDED, ENDED, ESTABLISHED;

    /** The action a reference's relation tells, or {@link #NOT_SAID}. */
    static MandateAction ofRelation(String relation) {
        return switch (relation) {
            case "establishes_mandate" -> ESTABLISHED;
            case "extends_mandate" -> EXTENDED;
            case "ends_mandate" -> ENDED;
            default -> NOT_SAID;
        };
    }

    MandateAction or(MandateAction other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The name JSON and message keys use: {@code established}, {@code extended}, {@code ended}, {@code not_said}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
