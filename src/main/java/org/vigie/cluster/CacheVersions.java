package org.vigie.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versions of what nodes cache ({@code cache_version}, V101, raised by triggers in the transaction of each
 * change): a version that moved since the last look runs the handlers registered for that cache, which drop it.
 * The first look runs every handler once: a cache made before it is then dropped, so that a change made between
 * its making and the first look is never missed.
 */
final class CacheVersions {
    private static final Logger LOG = LoggerFactory.getLogger(CacheVersions.class);

    private record Handler(String name, Runnable drop) {
    }

    private final CacheVersionStore store;
    private final List<Handler> handlers = new CopyOnWriteArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private boolean first = true;

    CacheVersions(Jdbi jdbi) {
        this.store = new CacheVersionStore(jdbi);
    }

    void on(String name, Runnable drop) {
        handlers.add(new Handler(name, drop));
    }

    /** Reads the versions and drops the caches whose version moved; throws when the database does not answer. */
    synchronized void check() {
        Map<String, Long> now = store.all();
        for (Handler handler : handlers) {
            Long version = now.get(handler.name());
            if (first || (version != null && !version.equals(seen.get(handler.name())))) {
                try {
                    handler.drop().run();
                } catch (RuntimeException e) {
                    LOG.warn("cluster: the cache {} could not be dropped: {}", handler.name(), e.toString());
                }
            }
        }
        seen.clear();
        seen.putAll(now);
        first = false;
    }
}
