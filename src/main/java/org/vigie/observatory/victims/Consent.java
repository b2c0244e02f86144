package org.vigie.observatory.victims;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the victim (or their guardian) agreed their information may be used for, and when. Uses not
 * listed are refused by Vigie: an identity is shared for justice only with the JUSTICE use, for
 * example.
 */
public record Consent(Set<ConsentUse> uses, LocalDate givenOn, String givenBy) {

    public Consent {
        uses = Set.copyOf(uses);
    }

    public static Consent none() {
        return new Consent(Set.of(), null, null);
    }

    public boolean allows(ConsentUse use) {
        return uses.contains(use);
    }
}
