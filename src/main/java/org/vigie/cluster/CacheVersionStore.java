package org.vigie.cluster;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The versions of the nodes' caches ({@code cache_version}, V101), raised by triggers in the writing transactions. */
final class CacheVersionStore {
    private final Jdbi jdbi;

    CacheVersionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Map<String, Long> all() {
        Map<String, Long> versions = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT name, version FROM cache_version")
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getLong("version")))
                .forEach(e -> versions.put(e.getKey(), e.getValue())));
        return versions;
    }
}
