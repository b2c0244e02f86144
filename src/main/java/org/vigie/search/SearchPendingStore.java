package org.vigie.search;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The durable queue of the search index ({@code search_pending}, V014): a row per change a capability made,
 * written in the change's own transaction, deleted once a Lucene commit holds the document read after it.
 * Rows left by a crash are indexed again at the next start ({@link SearchIndex#catchUp}).
 */
public final class SearchPendingStore {

    /** One change still to reach the index's disk. */
    record Pending(long seq, String kind, String id) {
    }

    private final Jdbi jdbi;

    public SearchPendingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Records, in the transaction of {@code h}, that the document of this kind and id changed; returns the row's
     * number, to give {@link SearchIndex#index(SearchDocument, long)} once the transaction has committed.
     */
    public long add(Handle h, String kind, String id) {
        return h.createQuery("INSERT INTO search_pending (kind, id) VALUES (:kind, :id) RETURNING seq")
                .bind("kind", kind).bind("id", id).mapTo(Long.class).one();
    }

    void remove(Collection<Long> seqs) {
        if (!seqs.isEmpty()) {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM search_pending WHERE seq = ANY(:seqs)")
                    .bind("seqs", seqs.toArray(Long[]::new)).execute());
        }
    }

    List<Pending> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT seq, kind, id FROM search_pending ORDER BY seq")
                .map((rs, ctx) -> new Pending(rs.getLong("seq"), rs.getString("kind"), rs.getString("id"))).list());
    }
}
