package org.vigie.observatory.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;
import org.vigie.errors.Forbidden;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.incidents.IncidentRoutes;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.victims.IncidentGate;
import org.vigie.search.SearchHit;
import org.vigie.search.SearchIndex;
import org.vigie.search.SearchQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * Incidents held as evidence of a recommendation's implementation (issue 4, point 3), from either side.
 * Administrators and analysts, who edit incidents' analysis, link and unlink, each change audited in its
 * transaction; a duplicate link changes nothing. Readers see the incidents of a recommendation as the
 * observatory lets them see incidents ({@link IncidentGate}): never a focal point or validator, a restricted
 * incident only in the restricted view.
 */
public final class RecommendationLinks {
    /** The roles that link and unlink: those who verify and link incidents. */
    public static final Role[] LINKERS = IncidentRoutes.ANALYSTS;
    private static final int SUGGESTIONS = 10;
    /** The kind under which the tracker indexes recommendations for search. */
    private static final String RECOMMENDATION_KIND = "recommendation";
    private final Jdbi jdbi;
    private final Observatory observatory;
    private final RecommendationLinkStore store;
    private final AuditStore audit;
    private final SearchIndex search;
    private final References references;

    public RecommendationLinks(Jdbi jdbi, Observatory observatory, AuditStore audit, SearchIndex search, References references) {
        this.jdbi = jdbi;
        this.observatory = observatory;
        this.store = new RecommendationLinkStore(jdbi);
        this.audit = audit;
        this.search = search;
        this.references = references;
    }

    public boolean mayLink(Principal p) {
        return linker(p);
    }

    private static boolean linker(Principal p) {
        return p.role() == Role.ADMINISTRATOR || p.role() == Role.ANALYST;
    }

    /** Whether this person may learn anything of incidents at all (focal points and validators may not). */
    public boolean readsIncidents(Principal p) {
        return new IncidentGate(0, false, null).showsIncidentTo(p);
    }

    /**
     * Links an incident to the recommendation named by its reference ({@code A/HRC/43/4#116.1}) or number;
     * whether the link is new.
     *
     * @throws InvalidInput {@code recommendation} when it names none, {@code note} when too long
     */
    public boolean link(Principal who, String ip, long incidentId, String recommendation, LinkNote note) {
        requireLinker(who);
        observatory.incident(incidentId, who);
        return jdbi.inTransaction(h -> add(h, who, ip, incidentId, recommendationNamed(h, recommendation), note));
    }

    /**
     * Links the incident named by its reference ({@code ML-2025-000123}) or number to a recommendation;
     * whether the link is new.
     *
     * @throws InvalidInput {@code incident} when it names none the linker may see
     */
    public boolean linkIncident(Principal who, String ip, long recommendationId, String incident, LinkNote note) {
        requireLinker(who);
        return jdbi.inTransaction(h -> {
            RecommendationRef r = store.recommendation(h, recommendationId).orElseThrow(() -> new NotFound("recommendation " + recommendationId));
            return add(h, who, ip, incidentNamed(who, incident), r, note);
        });
    }

    /** Removes a link; whether there was one. */
    public boolean unlink(Principal who, String ip, long incidentId, long recommendationId) {
        requireLinker(who);
        return jdbi.inTransaction(h -> {
            boolean removed = store.delete(h, incidentId, recommendationId);
            if (removed) {
                audit.record(h, AuditEvent.of(who.username(), "incident.recommendation.unlinked", "incident:" + incidentId, ip)
                        .with("recommendation", Long.toString(recommendationId)));
            }
            return removed;
        });
    }

    /** The recommendations an incident is linked to, if {@code viewer} may see the incident (else {@link NotFound}). */
    public List<LinkedRecommendation> recommendationsOf(Principal viewer, long incidentId) {
        observatory.incident(incidentId, viewer);
        return store.ofIncident(incidentId);
    }

    /** The incidents linked to a recommendation that {@code viewer} may see; none for focal points and validators. */
    public List<LinkedIncident> incidentsOf(Principal viewer, long recommendationId) {
        if (!readsIncidents(viewer)) {
            return List.of();
        }
        return store.ofRecommendation(recommendationId).stream()
                .filter(row -> new IncidentGate(row.incident().id(), row.restricted(), row.recordedBy()).showsDetailsTo(viewer))
                .map(RecommendationLinkStore.IncidentRow::incident).toList();
    }

    /**
     * How many linked incidents {@code viewer} may see for each recommendation (those with none left out),
     * counted as {@link #incidentsOf} lists them; empty for focal points and validators.
     */
    public java.util.Optional<Map<Long, Long>> incidentCounts(Principal viewer, List<Long> recommendationIds) {
        if (!readsIncidents(viewer)) {
            return java.util.Optional.empty();
        }
        String monitor = viewer.role() == Role.MONITOR ? viewer.username() : null;
        return java.util.Optional.of(store.countsByRecommendation(recommendationIds, Observatory.listsRestrictedFor(viewer.role()), monitor));
    }

    public RecommendationRef recommendation(long id) {
        return jdbi.withHandle(h -> store.recommendation(h, id)).orElseThrow(() -> new NotFound("recommendation " + id));
    }

    /**
     * Recommendations a linker may mean by what they typed: references that start with it, then the search
     * index's recommendations (the documents the tracker indexes) matching its words, at most ten.
     */
    public List<RecommendationRef> suggestions(Principal who, String typed) {
        if (typed == null || typed.isBlank() || !mayLink(who)) {
            return List.of();
        }
        String q = typed.strip();
        Map<Long, RecommendationRef> found = new LinkedHashMap<>();
        store.recommendationsStartingWith(q, SUGGESTIONS).forEach(r -> found.put(r.id(), r));
        List<Long> hits = new ArrayList<>();
        for (SearchHit hit : search.search(new SearchQuery(q, RECOMMENDATION_KIND, 0, SUGGESTIONS), who).hits()) {
            hits.add(Long.parseLong(hit.id()));
        }
        store.recommendations(hits).forEach(r -> found.putIfAbsent(r.id(), r));
        return found.values().stream().limit(SUGGESTIONS).toList();
    }

    private boolean add(Handle h, Principal who, String ip, long incidentId, RecommendationRef r, LinkNote note) {
        boolean added = store.insert(h, incidentId, r.id(), note, who.username());
        if (added) {
            audit.record(h, AuditEvent.of(who.username(), "incident.recommendation.linked", "incident:" + incidentId, ip)
                    .with("recommendation", Long.toString(r.id())).with("reference", r.reference()));
        }
        return added;
    }

    /** The recommendation typed, read by {@link References} (case and spaces ignored); an unknown one is named as such. */
    private RecommendationRef recommendationNamed(Handle h, String typed) {
        String v = required("recommendation", typed);
        long id;
        try {
            id = references.recommendation("recommendation", v);
        } catch (InvalidInput e) {
            throw unknownUnlessPartial(e, "observatory.recommendation_link.unknown_recommendation", v);
        }
        return store.recommendation(h, id)
                .orElseThrow(() -> new InvalidInput("recommendation", "observatory.recommendation_link.unknown_recommendation", v));
    }

    /** The incident typed, if {@code who} may see it; one they may not see is unknown exactly as a missing one. */
    private long incidentNamed(Principal who, String typed) {
        String v = required("incident", typed);
        try {
            return references.incident(who, "incident", v);
        } catch (NotFound e) {
            throw new InvalidInput("incident", "observatory.recommendation_link.unknown_incident", v);
        } catch (InvalidInput e) {
            throw unknownUnlessPartial(e, "observatory.recommendation_link.unknown_incident", v);
        }
    }

    private static InvalidInput unknownUnlessPartial(InvalidInput e, String unknownKey, String typed) {
        return e.messageKey().equals("links.reference.partial") ? e : new InvalidInput(e.field(), unknownKey, typed);
    }

    private static String required(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        return typed.strip();
    }

    private static void requireLinker(Principal who) {
        if (!linker(who)) {
            throw new Forbidden(who.username() + " may not link incidents to recommendations");
        }
    }
}
