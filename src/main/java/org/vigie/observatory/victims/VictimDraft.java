package org.vigie.observatory.victims;

import java.util.List;
import java.util.Set;

/**
 * A victim as a form or an import describes it: the facts counted in statistics (sex, age or age group,
 * categories such as child or aid worker), the acts of the incident they suffered (indexes into the
 * incident's acts), and, apart, an identity that is encrypted before it is stored and the victim's
 * consent to what may be shared. {@code identity} is null when no identifying data was collected.
 */
public record VictimDraft(Sex sex, Integer age, AgeGroup ageGroup, Set<VictimCategory> categories,
                          List<Integer> actIndexes, Identity identity, Consent consent) {

    public VictimDraft {
        categories = Set.copyOf(categories);
        actIndexes = List.copyOf(actIndexes);
    }
}
