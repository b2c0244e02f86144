package org.vigie.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The append-only, hash-chained audit trail. Appends are serialised by a transaction-scoped
 * advisory lock so that each entry links to exactly one predecessor, even with several app
 * instances on one external database.
 */
public final class AuditStore {
    private static final long CHAIN_LOCK = 0x5669_6769_6541_7564L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Jdbi jdbi;
    private final Clock clock;

    public AuditStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records an event in its own transaction. */
    public AuditEntry record(AuditEvent event) {
        return jdbi.inTransaction(h -> record(h, event));
    }

    /** Records an event inside the caller's transaction, so that it lands with the change or not at all. */
    public AuditEntry record(Handle h, AuditEvent event) {
        h.execute("SELECT pg_advisory_xact_lock(?)", CHAIN_LOCK);
        var last = h.createQuery("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).findOne();
        long id = last.map(r -> (Long) r[0] + 1).orElse(1L);
        String prev = last.map(r -> (String) r[1]).orElse(ChainHash.GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String details = toJson(event);
        String hash = ChainHash.of(id, at, event.actor(), event.action(), event.target(), event.ip(), details, prev);
        h.createUpdate("INSERT INTO audit_entry (id, at, actor, action, target, ip, details, prev_hash, hash) "
                        + "VALUES (:id, :at, :actor, :action, :target, :ip, :details, :prev, :hash)")
                .bind("id", id).bind("at", at.atOffset(ZoneOffset.UTC)).bind("actor", event.actor())
                .bind("action", event.action()).bind("target", event.target()).bind("ip", event.ip())
                .bind("details", details).bind("prev", prev).bind("hash", hash).execute();
        return new AuditEntry(id, at, event.actor(), event.action(), event.target(), event.ip(), details, prev, hash);
    }

    /**
     * Records several events inside the caller's transaction, chained in their order, in three statements
     * whatever their number (the lock, the last entry, one batch of inserts).
     */
    public void recordAll(Handle h, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        h.execute("SELECT pg_advisory_xact_lock(?)", CHAIN_LOCK);
        var last = h.createQuery("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).findOne();
        long id = last.map(r -> (Long) r[0]).orElse(0L);
        String prev = last.map(r -> (String) r[1]).orElse(ChainHash.GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var batch = h.prepareBatch("INSERT INTO audit_entry (id, at, actor, action, target, ip, details, prev_hash, hash) "
                + "VALUES (:id, :at, :actor, :action, :target, :ip, :details, :prev, :hash)");
        for (AuditEvent event : events) {
            id++;
            String details = toJson(event);
            String hash = ChainHash.of(id, at, event.actor(), event.action(), event.target(), event.ip(), details, prev);
            batch.bind("id", id).bind("at", at.atOffset(ZoneOffset.UTC)).bind("actor", event.actor())
                    .bind("action", event.action()).bind("target", event.target()).bind("ip", event.ip())
                    .bind("details", details).bind("prev", prev).bind("hash", hash).add();
            prev = hash;
        }
        batch.execute();
    }

    /** Checks every entry in order: continuity of ids, links and hashes. */
    public AuditVerification verify() {
        return jdbi.withHandle(h -> {
            ChainWalker walker = new ChainWalker();
            try (var stream = h.createQuery("SELECT * FROM audit_entry ORDER BY id").setFetchSize(1000)
                    .map(AuditStore::entry).stream()) {
                stream.takeWhile(walker::accept).forEach(e -> { });
            }
            return walker.result();
        });
    }

    /** Newest entries first, filtered. */
    public List<AuditEntry> find(AuditQuery q) {
        return jdbi.withHandle(h -> filtered(h, q, "SELECT * FROM audit_entry", " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", q.limit()).bind("offset", q.offset()).map(AuditStore::entry).list());
    }

    public long count(AuditQuery q) {
        return jdbi.withHandle(h -> filtered(h, q, "SELECT count(*) FROM audit_entry", "").mapTo(Long.class).one());
    }

    private static Query filtered(Handle h, AuditQuery q, String select, String tail) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (q.actor() != null) where.append(" AND actor = :actor");
        if (q.action() != null) where.append(" AND action LIKE :action || '%'");
        if (q.target() != null) where.append(" AND target = :target");
        if (q.from() != null) where.append(" AND at >= :from");
        if (q.to() != null) where.append(" AND at < :to");
        Query query = h.createQuery(select + where + tail);
        if (q.actor() != null) query.bind("actor", q.actor());
        if (q.action() != null) query.bind("action", q.action());
        if (q.target() != null) query.bind("target", q.target());
        if (q.from() != null) query.bind("from", q.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        if (q.to() != null) query.bind("to", q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        return query;
    }

    private static AuditEntry entry(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("ip"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String toJson(AuditEvent e) {
        try {
            return JSON.writeValueAsString(e.details());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
