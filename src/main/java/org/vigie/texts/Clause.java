package org.vigie.texts;

import java.util.List;
import java.util.Objects;

/**
 * One clause of an operative paragraph: its opening verb phrase as written ("Condamne fermement",
 * "Once again urges"), the addressees it names (pronouns resolved), what it says or asks, and its kind.
 */
public record Clause(String verb, ClauseKind kind, List<String> addressees, String action) {

    public Clause {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        if (verb.isBlank()) {
            throw new IllegalArgumentException("clause verb is blank");
        }
        addressees = List.copyOf(addressees);
    }
}
