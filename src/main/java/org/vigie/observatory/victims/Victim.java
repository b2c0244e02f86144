package org.vigie.observatory.victims;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A victim as stored and as a given person may see it: the pseudonym and the facts that are counted.
 * It never holds the identity (read apart, audited, with {@link Victims#identity}). {@code consent} and
 * {@code photoIds} are null and empty for those who may not see them.
 */
public record Victim(long id, long incidentId, String pseudonym, Sex sex, Integer age, AgeGroup ageGroup,
                     Set<VictimCategory> categories, List<Long> actIds, boolean hasIdentity, Consent consent,
                     List<Long> photoIds, String createdBy, Instant createdAt) {

    public Victim {
        categories = Set.copyOf(categories);
        actIds = List.copyOf(actIds);
        photoIds = List.copyOf(photoIds);
    }

    /**
     * This victim as someone who may see the facts but not identities sees it: no consent, no photos, and the
     * age group without the exact age, which with the place and date can be enough to name someone.
     */
    Victim factsOnly() {
        return new Victim(id, incidentId, pseudonym, sex, null, ageGroup, categories, actIds, hasIdentity, null,
                List.of(), createdBy, createdAt);
    }
}
