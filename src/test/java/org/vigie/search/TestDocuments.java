package org.vigie.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/** Builders for the documents, sources and callers the search tests use, and what a search finds. */
final class TestDocuments {

    static final Instant UPDATED = Instant.parse("2026-03-01T10:00:00Z");

    private TestDocuments() {
    }

    static SearchDocument visibleToAll(String kind, String id, String title, String body, String language) {
        return new SearchDocument(kind, id, title, body, language, "/" + kind + "/" + id,
                Set.of(Role.values()), null, UPDATED);
    }

    static SearchDocument french(String id, String title, String body) {
        return visibleToAll("resolution-paragraph", id, title, body, "fr");
    }

    static SearchDocument english(String id, String title, String body) {
        return visibleToAll("resolution-paragraph", id, title, body, "en");
    }

    static SearchDocument visibleTo(String id, String body, Long institutionId, Role... roles) {
        return new SearchDocument("incident", id, "Incident " + id, body, "fr", "/incidents/" + id,
                Set.of(roles), institutionId, UPDATED);
    }

    static Principal as(Role role) {
        return new Principal(1, role.code(), role, null);
    }

    static Principal as(Role role, long institutionId) {
        return new Principal(1, role.code(), role, institutionId);
    }

    static Principal analyst() {
        return as(Role.ANALYST);
    }

    /** A source of the resolution paragraphs {@code documents}. */
    static SearchSource paragraphs(SearchDocument... documents) {
        Map<String, SearchDocument> byId = new LinkedHashMap<>();
        for (SearchDocument d : documents) {
            byId.put(d.id(), d);
        }
        return paragraphs(byId);
    }

    /** A source of resolution paragraphs that gives, each time it is asked, what {@code byId} then holds. */
    static SearchSource paragraphs(Map<String, SearchDocument> byId) {
        return new SearchSource() {
            @Override
            public String kind() {
                return "resolution-paragraph";
            }

            @Override
            public void forEach(Consumer<SearchDocument> sink) {
                byId.values().forEach(sink);
            }

            @Override
            public Optional<SearchDocument> document(String id) {
                return Optional.ofNullable(byId.get(id));
            }
        };
    }

    /** The titles of what an analyst finds for {@code text}. */
    static List<String> titles(SearchIndex index, String text) {
        return index.search(SearchQuery.of(text), analyst()).hits().stream().map(SearchHit::title).toList();
    }
}
