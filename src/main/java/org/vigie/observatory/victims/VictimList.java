package org.vigie.observatory.victims;

import java.util.List;

/**
 * The victims of one incident as a given person may see them: always how many, and the victims
 * themselves (pseudonyms and facts) only when {@code detailsVisible}; an incident of sexual or
 * gender-based violence shows its victims only in the restricted view.
 */
public record VictimList(long incidentId, boolean restricted, int count, boolean detailsVisible,
                         boolean identitiesVisible, boolean canRecord, List<Victim> victims) {

    public VictimList {
        victims = List.copyOf(victims);
    }
}
