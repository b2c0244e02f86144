package org.vigie.observatory.vocabulary;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.observatory.imports.AcledSubEventType;

/**
 * A term Vigie adds for an act the Council's resolution names and HURIDOCS lacks, with what it counts as:
 * the grave violations against children it is one of (none for acts not specific to children, such as an
 * attack on a fuel convoy), the ACLED sub-types an ACLED analyst would code such an event under (the
 * closest, not an equivalence), and the nearest HURIDOCS terms, so that exchanges with HURIDOCS-based
 * systems can fall back on them.
 */
public record ExtensionTerm(Term term, Set<GraveViolation> graveViolations, Set<AcledSubEventType> acledSubEventTypes,
                            List<String> relatedHuridocs) {

    public ExtensionTerm {
        Objects.requireNonNull(term, "term");
        if (term.isHuridocs()) {
            throw new IllegalArgumentException("An extension term has a Vigie code: " + term.code());
        }
        graveViolations = Set.copyOf(graveViolations);
        acledSubEventTypes = Set.copyOf(acledSubEventTypes);
        relatedHuridocs = List.copyOf(relatedHuridocs);
    }

    public String code() {
        return term.code();
    }
}
