package org.vigie.registries;

import org.jdbi.v3.core.Jdbi;
import org.vigie.errors.NotFound;
import org.vigie.observatory.links.References;
import org.vigie.observatory.victims.IncidentGate;
import org.vigie.security.Principal;

/**
 * Reads what a registry entry is linked to: a tracker recommendation or an observatory incident that the person
 * linking may see, typed as its reference or number ({@link References}), and which linked incidents a reader sees.
 */
public final class LinkStore {
    private final Jdbi jdbi;
    private final References references;

    LinkStore(Jdbi jdbi, References references) {
        this.jdbi = jdbi;
        this.references = references;
    }

    /** The recommendation typed: its reference ({@code A/HRC/59/15#140.1}, {@code A/HRC/RES/52/42#OP3.1}) or its number. */
    public long requireRecommendation(String typed) {
        return references.recommendation("recommendation", typed);
    }

    /**
     * The incident typed (its reference {@code ML-2026-000061} or its number), if {@code who} may see it. A restricted
     * incident outside their restricted view answers {@link NotFound} exactly as a missing one: same status, same
     * message, so that linking cannot probe which references are sexual-violence cases. Linking requires seeing both sides.
     */
    public long requireIncident(Principal who, String typed) {
        return references.incident(who, "incident", typed);
    }
    /**
     * The records {@code who} may mean by {@code q} in the link field {@code field}, one of {@code allowed}
     * (another field is read as the first allowed): incidents they may see, or recommendations.
     */
    public LinkSearch search(Principal who, String field, String q, String lang, String... allowed) {
        RegistryAccess.requireEditor(who);
        String f = java.util.List.of(allowed).contains(field) ? field : allowed[0];
        String typed = q == null ? null : q.strip();
        return new LinkSearch(f, typed, "incident".equals(f) ? references.incidents(who, typed) : references.recommendations(who, typed, lang));
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

}
