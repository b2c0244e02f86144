package org.vigie.registries;

import org.jdbi.v3.core.Jdbi;
import org.vigie.errors.InvalidInput;

/**
 * Checks that a record a registry entry is linked to exists: a tracker recommendation or an
 * observatory incident, by id. The SQL is one existence test per table.
 */
public final class LinkStore {
    private final Jdbi jdbi;

    LinkStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long requireRecommendation(String typed) {
        return require("recommendation", typed, "recommendation");
    }

    public long requireIncident(String typed) {
        return require("incident", typed, "incident");
    }

    private long require(String field, String typed, String table) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        long id;
        try {
            id = Long.parseLong(typed.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.not_a_number");
        }
        // The table name is one of two constants above, never input.
        boolean exists = jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = :id)")
                .bind("id", id).mapTo(Boolean.class).one());
        if (!exists) {
            throw new InvalidInput(field, "registries.link.unknown", id);
        }
        return id;
    }
}
