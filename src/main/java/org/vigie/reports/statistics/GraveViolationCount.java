package org.vigie.reports.statistics;

import java.util.Objects;
import org.vigie.observatory.vocabulary.GraveViolation;

/**
 * One of the six grave violations against children counted by the UN's rule: child victims for killing
 * and maiming, recruitment and use, sexual violence and abduction; incidents for attacks on schools and
 * hospitals and for denial of humanitarian access.
 */
public record GraveViolationCount(GraveViolation violation, Figure.Unit unit, long count) {
    public GraveViolationCount {
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(unit, "unit");
    }

    /** The unit the UN's monitoring mechanism counts this violation in. */
    static Figure.Unit unitOf(GraveViolation v) {
        return switch (v) {
            case KILLING_AND_MAIMING, RECRUITMENT_AND_USE, SEXUAL_VIOLENCE, ABDUCTION -> Figure.Unit.VICTIMS;
            case ATTACKS_ON_SCHOOLS_AND_HOSPITALS, DENIAL_OF_HUMANITARIAN_ACCESS -> Figure.Unit.INCIDENTS;
        };
    }
}
