package org.vigie.observatory.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vigie.errors.InvalidInput;
import org.vigie.errors.NotFound;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.victims.IncidentGate;
import org.vigie.search.SearchHit;
import org.vigie.search.SearchIndex;
import org.vigie.search.SearchQuery;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/**
 * What a person typed in a link form or link API, read as the record it names (issue 15, item 2): an incident's
 * {@code ML-2026-000061}, a recommendation's {@code A/HRC/59/15#140.1} or a resolution paragraph's
 * {@code A/HRC/RES/52/42#OP3.1}; the internal number ({@code 61}, {@code #61}) is still taken. The exact reference
 * comes first (case and spaces ignored), then the number. A text that only begins references is refused naming
 * some of them. Also the suggestions shown as one types. The observatory owns this because it owns who sees an
 * incident: an incident the person may not see is unknown exactly as a missing one.
 */
public final class References {
    /** Suggestions shown at most. */
    public static final int SUGGESTED = 10;
    /** References named at most when a text begins several. */
    static final int NAMED = 5;
    private static final String INCIDENT_KIND = "incident";
    private static final String RECOMMENDATION_KIND = "recommendation";
    private final ReferenceStore store;
    private final RecommendationLinkStore recommendations;
    private final SearchIndex search;

    /** One record a person may mean: its id, its reference, and a few words to recognise it (a date, a title, a text). */
    public record Suggestion(long id, String reference, String detail) {
    }

    public References(Jdbi jdbi, SearchIndex search) {
        this.store = new ReferenceStore(jdbi);
        this.recommendations = new RecommendationLinkStore(jdbi);
        this.search = search;
    }

    /**
     * The recommendation (or followed commitment) named by {@code typed}.
     *
     * @throws InvalidInput on {@code field}: required, unknown, or only the beginning of references
     */
    public long recommendation(String field, String typed) {
        String v = normalised(field, typed);
        Optional<Long> byReference = store.recommendationId(v);
        if (byReference.isPresent()) {
            return byReference.get();
        }
        Long number = number(v);
        if (number != null && store.recommendationExists(number)) {
            return number;
        }
        List<String> beginning = store.recommendationReferencesStartingWith(v, NAMED + 1);
        throw unknownOrPartial(field, typed.strip(), beginning);
    }

    /**
     * The incident named by {@code typed}, if {@code who} may see it.
     *
     * @throws NotFound when none is known that {@code who} may see: the same answer for a missing incident and a
     *                  restricted one outside their view, so that linking cannot probe which incidents exist
     * @throws InvalidInput on {@code field}: required, or only the beginning of references {@code who} may see
     */
    public long incident(Principal who, String field, String typed) {
        String v = normalised(field, typed);
        Optional<ReferenceStore.IncidentRef> found = store.incidentByReference(v);
        if (found.isEmpty() && number(v) != null) {
            found = store.incident(number(v));
        }
        if (found.isPresent()) {
            ReferenceStore.IncidentRef i = found.get();
            new IncidentGate(i.id(), i.restricted(), i.recordedBy()).requireDetailsFor(who);
            return i.id();
        }
        List<String> beginning = visibleStartingWith(who, v, NAMED + 1).stream().map(ReferenceStore.IncidentRef::reference).toList();
        if (beginning.isEmpty()) {
            throw new NotFound("incident " + v);
        }
        throw unknownOrPartial(field, typed.strip(), beginning);
    }

    /** Recommendations {@code who} may mean by {@code q}: references that begin with it, then the search index's, ten at most. */
    public List<Suggestion> recommendations(Principal who, String q, String lang) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        String v = q.strip();
        Map<Long, RecommendationRef> found = new LinkedHashMap<>();
        recommendations.recommendationsStartingWith(v, SUGGESTED).forEach(r -> found.put(r.id(), r));
        List<Long> hits = hits(v, RECOMMENDATION_KIND, who);
        recommendations.recommendations(hits).forEach(r -> found.putIfAbsent(r.id(), r));
        return found.values().stream().limit(SUGGESTED).map(r -> new Suggestion(r.id(), r.reference(), r.shortText(lang))).toList();
    }

    /** Incidents {@code who} may mean by {@code q} and may see: references that begin with it, then the search index's, ten at most. */
    public List<Suggestion> incidents(Principal who, String q) {
        if (q == null || q.isBlank() || !new IncidentGate(0, false, null).showsIncidentTo(who)) {
            return List.of();
        }
        String v = q.strip();
        Map<Long, ReferenceStore.IncidentRef> found = new LinkedHashMap<>();
        visibleStartingWith(who, v.replaceAll("\\s+", ""), SUGGESTED).forEach(i -> found.put(i.id(), i));
        store.incidents(hits(v, INCIDENT_KIND, who)).stream()
                .filter(i -> new IncidentGate(i.id(), i.restricted(), i.recordedBy()).showsDetailsTo(who))
                .forEach(i -> found.putIfAbsent(i.id(), i));
        return found.values().stream().limit(SUGGESTED)
                .map(i -> new Suggestion(i.id(), i.reference(), i.date() + (i.title() == null ? "" : " · " + i.title()))).toList();
    }

    private List<ReferenceStore.IncidentRef> visibleStartingWith(Principal who, String prefix, int limit) {
        if (!new IncidentGate(0, false, null).showsIncidentTo(who)) {
            return List.of();
        }
        String monitor = who.role() == Role.MONITOR ? who.username() : null;
        return store.incidentsStartingWith(prefix, Observatory.listsRestrictedFor(who.role()), monitor, limit);
    }

    private List<Long> hits(String q, String kind, Principal who) {
        List<Long> ids = new ArrayList<>();
        try {
            for (SearchHit hit : search.search(new SearchQuery(q, kind, 0, SUGGESTED), who).hits()) {
                ids.add(Long.parseLong(hit.id()));
            }
        } catch (InvalidInput e) {
            // Words the search grammar refuses (a lone quote) suggest nothing beyond the references.
        }
        return ids;
    }

    private static InvalidInput unknownOrPartial(String field, String typed, List<String> beginning) {
        if (beginning.isEmpty()) {
            return new InvalidInput(field, "links.reference.unknown", typed);
        }
        String named = String.join(", ", beginning.subList(0, Math.min(NAMED, beginning.size())))
                + (beginning.size() > NAMED ? ", …" : "");
        return new InvalidInput(field, "links.reference.partial", typed, named);
    }

    private static String normalised(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        return typed.replaceAll("\\s+", "");
    }

    private static Long number(String v) {
        String n = v.startsWith("#") ? v.substring(1) : v;
        return n.matches("\\d{1,18}") ? Long.valueOf(n) : null;
    }
}
