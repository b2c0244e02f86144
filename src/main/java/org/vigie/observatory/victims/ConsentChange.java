package org.vigie.observatory.victims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One entry of a victim's consent history: the uses allowed from then on (none when consent was
 * withdrawn), when and by whom (a relationship, never a name) it was expressed, which account recorded
 * it and when, and whether the identity was erased because consent to documentation ended.
 */
public record ConsentChange(Set<ConsentUse> uses, LocalDate expressedOn, String expressedBy, boolean identityErased,
                            String recordedBy, Instant recordedAt) {

    public ConsentChange {
        uses = Set.copyOf(uses);
    }
}
