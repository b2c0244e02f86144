package org.vigie.search;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The search change log ({@code search_log}, V100): a row per change that feeds search, written in the change's
 * own transaction, which every node follows into its own index ({@link SearchFollower}). Capabilities that index
 * in Java call {@link #add}; the others are logged by triggers on their tables (V100).
 *
 * <p>Positions are transaction ids ({@code xid8}, carried here as a {@code long}), not row numbers: a row's
 * {@code seq} is taken before its transaction commits, so a late commit shows a row below rows already read. A
 * reader's position is the xmin of the snapshot it read with: every transaction below it had ended, so every row
 * below it that will ever be visible was visible then.
 */
public final class SearchPendingStore {
    /** Rows read at a time: a large import is followed in pages rather than loaded whole. */
    static final int PAGE = 2000;

    /** One change: the document of {@code kind} and key {@code id} is to be read again from its source. */
    record Change(long seq, long xid, String kind, String id, java.time.Instant loggedAt) {
    }

    /** A page of changes read in one snapshot, with that snapshot's xmin. */
    record Page(long xmin, List<Change> changes) {
        boolean full() {
            return changes.size() >= PAGE;
        }
    }

    /** The log's identity and how far it was pruned. */
    record State(UUID epoch, long prunedBelow) {
    }

    private final Jdbi jdbi;
    private final UUID node;

    /** The log of a search index that keeps its position in its own commits only (no row in {@code search_cursor}). */
    public SearchPendingStore(Jdbi jdbi) {
        this(jdbi, null);
    }

    /** The log as node {@code node} follows it: its durable position is written to {@code search_cursor}, which pruning reads. */
    public SearchPendingStore(Jdbi jdbi, UUID node) {
        this.jdbi = jdbi;
        this.node = node;
    }

    /**
     * Records, in the transaction of {@code h}, that the document of this kind and id changed; returns the row's
     * number, to give {@link SearchIndex#index(SearchDocument, long)} once the transaction has committed.
     */
    public long add(Handle h, String kind, String id) {
        return h.createQuery("INSERT INTO search_log (kind, id) VALUES (:kind, :id) RETURNING seq")
                .bind("kind", kind).bind("id", id).mapTo(Long.class).one();
    }

    /**
     * The rows at or above {@code horizon} with a number above {@code afterSeq}, in order, at most {@link #PAGE},
     * read in one snapshot whose xmin comes with them.
     */
    Page read(long horizon, long afterSeq) {
        return jdbi.withHandle(h -> {
            long[] xmin = {-1};
            List<Change> changes = h.createQuery("""
                    WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
                    SELECT s.xmin, l.seq, l.xid::text::bigint AS xid, l.kind, l.id, l.logged_at
                    FROM s LEFT JOIN LATERAL (
                        SELECT * FROM search_log
                        WHERE xid >= CAST(CAST(:horizon AS text) AS xid8) AND seq > :after
                        ORDER BY seq LIMIT :page) l ON true
                    ORDER BY l.seq""")
                    .bind("horizon", horizon).bind("after", afterSeq).bind("page", PAGE)
                    .map((rs, ctx) -> {
                        xmin[0] = rs.getLong("xmin");
                        long seq = rs.getLong("seq");
                        return rs.wasNull() ? null : new Change(seq, rs.getLong("xid"), rs.getString("kind"), rs.getString("id"),
                                rs.getTimestamp("logged_at").toInstant());
                    }).list().stream().filter(java.util.Objects::nonNull).toList();
            return new Page(xmin[0], changes);
        });
    }

    /** The xmin of a snapshot taken now: a position from which nothing committed later can be missed. */
    long now() {
        return jdbi.withHandle(h -> h.createQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .mapTo(Long.class).one());
    }

    State state() {
        return jdbi.withHandle(h -> h.createQuery("SELECT epoch, pruned_below::text::bigint AS pruned FROM search_log_state")
                .map((rs, ctx) -> new State(rs.getObject("epoch", UUID.class), rs.getLong("pruned"))).one());
    }

    /** Writes this node's durable position, which pruning respects; nothing for an index of no node. */
    void moved(long horizon) {
        if (node == null) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO search_cursor (node, horizon) VALUES (:node, CAST(CAST(:h AS text) AS xid8))
                ON CONFLICT (node) DO UPDATE SET horizon = excluded.horizon, moved_at = now()""")
                .bind("node", node).bind("h", horizon).execute());
    }

    /**
     * Deletes the rows every live node has passed (a node is live when its heartbeat, {@code cluster_node.last_seen},
     * is younger than {@code stale}), and raises {@code pruned_below} to that point in the same transaction: a node
     * whose position is below it finds out and rebuilds. Returns how many rows went.
     */
    public int prune(Duration stale) {
        return jdbi.inTransaction(h -> {
            Long below = h.createQuery("""
                    SELECT min(c.horizon)::text::bigint FROM search_cursor c JOIN cluster_node n ON n.id = c.node
                    WHERE n.last_seen > now() - make_interval(secs => :stale)""")
                    .bind("stale", (double) stale.toMillis() / 1000).mapTo(Long.class).findOne().orElse(null);
            if (below == null) {
                return 0;
            }
            h.createUpdate("UPDATE search_log_state SET pruned_below = greatest(pruned_below, CAST(CAST(:b AS text) AS xid8))")
                    .bind("b", below).execute();
            return h.createUpdate("DELETE FROM search_log WHERE xid < CAST(CAST(:b AS text) AS xid8)").bind("b", below).execute();
        });
    }
}
