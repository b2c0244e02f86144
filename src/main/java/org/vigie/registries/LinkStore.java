package org.vigie.registries;

import org.jdbi.v3.core.Jdbi;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.victims.IncidentGate;
import org.vigie.security.Principal;

/**
 * Checks that a record a registry entry is linked to exists: a tracker recommendation, or an observatory
 * incident that the person linking may see. The SQL is one existence test per table.
 */
public final class LinkStore {
    private final Jdbi jdbi;

    LinkStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long requireRecommendation(String typed) {
        return require("recommendation", typed, "recommendation");
    }

    /**
     * The incident typed, if {@code who} may see it. A restricted incident outside their restricted view
     * answers {@link NotFound} exactly as a missing one: same status, same message, so that linking cannot
     * probe which ids are sexual-violence cases. Linking requires seeing both sides.
     */
    public long requireIncident(Principal who, String typed) {
        long id = number("incident", typed);
        IncidentGate gate = jdbi.withHandle(h -> h.createQuery("SELECT restricted, created_by FROM incident WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> new IncidentGate(id, rs.getBoolean(1), rs.getString(2))).findOne())
                .orElseThrow(() -> new NotFound("incident " + id));
        gate.requireDetailsFor(who);
        return id;
    }

    /**
     * The linked incidents that {@code viewer} may see: a restricted incident outside their restricted view is left
     * out (its reference would tell that it exists), and focal points and validators, who see no incidents, see none.
     */
    public java.util.List<Link> visibleIncidents(Principal viewer, java.util.List<Link> incidents) {
        if (incidents.isEmpty()) {
            return incidents;
        }
        java.util.Map<Long, IncidentGate> gates = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT id, restricted, created_by FROM incident WHERE id IN (<ids>)")
                .bindList("ids", incidents.stream().map(Link::id).toList())
                .map((rs, ctx) -> new IncidentGate(rs.getLong(1), rs.getBoolean(2), rs.getString(3)))
                .forEach(g -> gates.put(g.incidentId(), g)));
        return incidents.stream().filter(l -> gates.containsKey(l.id()) && gates.get(l.id()).showsDetailsTo(viewer)).toList();
    }

    private static long number(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        try {
            return Long.parseLong(typed.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "error.not_a_number");
        }
    }

    private long require(String field, String typed, String table) {
        long id = number(field, typed);
        // The table name is one of two constants above, never input.
        boolean exists = jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = :id)")
                .bind("id", id).mapTo(Boolean.class).one());
        if (!exists) {
            throw new InvalidInput(field, "registries.link.unknown", id);
        }
        return id;
    }
}
