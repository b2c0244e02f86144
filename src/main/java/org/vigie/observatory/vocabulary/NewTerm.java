package org.vigie.observatory.vocabulary;

import java.util.Set;
import org.vigie.observatory.imports.AcledSubEventType;

/**
 * A term an administrator asks to add: its list, optional parent, labels in both languages and, optionally,
 * the grave violations against children and the ACLED sub-types it counts as. Checked against the
 * vocabulary by {@link VocabularyTerms#add}.
 */
public record NewTerm(int listCode, String parent, String english, String french, Set<GraveViolation> graveViolations,
                      Set<AcledSubEventType> acledSubEventTypes) {

    public NewTerm {
        parent = parent == null ? "" : parent.strip();
        english = english == null ? "" : english.strip();
        french = french == null ? "" : french.strip();
        graveViolations = graveViolations == null ? Set.of() : Set.copyOf(graveViolations);
        acledSubEventTypes = acledSubEventTypes == null ? Set.of() : Set.copyOf(acledSubEventTypes);
    }
}
