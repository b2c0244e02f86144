package org.vigie.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The nodes' rows in {@code cluster_node} (V101): where each listens, when it started, when it was last seen. */
final class NodeStore {

    /** A node as the registry knows it. */
    record Node(UUID id, String host, int port, Instant startedAt, Instant lastSeen) {
    }

    private final Jdbi jdbi;

    NodeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Writes this node's row, or renews it: its heartbeat. */
    void beat(NodeId node, String host, int port, Instant startedAt) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO cluster_node (id, host, port, started_at, last_seen) VALUES (:id, :host, :port, :started, now())
                ON CONFLICT (id) DO UPDATE SET host = excluded.host, port = excluded.port, started_at = excluded.started_at,
                    last_seen = now()""")
                .bind("id", node.value()).bind("host", host).bind("port", port).bind("started", startedAt).execute());
    }

    /** The nodes seen within {@code stale}, oldest start first. */
    List<Node> live(Duration stale) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id, host, port, started_at, last_seen FROM cluster_node
                WHERE last_seen > now() - make_interval(secs => :stale) ORDER BY started_at, id""")
                .bind("stale", stale.toMillis() / 1000.0)
                .map((rs, ctx) -> new Node(rs.getObject("id", UUID.class), rs.getString("host"), rs.getInt("port"),
                        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("last_seen").toInstant())).list());
    }
}
