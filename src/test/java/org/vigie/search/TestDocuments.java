package org.vigie.search;

import java.time.Instant;
import java.util.Set;
import org.vigie.security.Principal;
import org.vigie.security.Role;

/** Builders for the documents and callers the search tests use. */
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
}
