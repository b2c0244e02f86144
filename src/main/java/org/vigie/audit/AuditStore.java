package org.vigie.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The append-only audit trail, each entry chained to the previous by an HMAC under a key kept out of
 * the database ({@link ChainHash}), anchored by signed checkpoints kept out of it too
 * ({@link AuditCheckpoints}). Appends are serialised by a transaction-scoped advisory lock so that
 * each entry links to exactly one predecessor, even with several app instances on one external
 * database.
 */
public final class AuditStore implements AutoCloseable {
    static final String KEY_FILE = "audit.key";
    static final String CHAIN_KEYED = "audit.chain_keyed";
    private static final long CHAIN_LOCK = 0x5669_6769_6541_7564L;
    private static final String INSERT = "INSERT INTO audit_entry (id, at, actor, action, target, ip, details, prev_hash, hash) "
            + "VALUES (:id, :at, :actor, :action, :target, :ip, :details, :prev, :hash)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Jdbi jdbi;
    private final Clock clock;
    private final ChainHash mac;
    private final AuditCheckpoints checkpoints;

    AuditStore(Jdbi jdbi, Clock clock, ChainHash mac, AuditCheckpoints checkpoints) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.mac = mac;
        this.checkpoints = checkpoints;
    }

    /**
     * The trail of {@code jdbi}, its MAC key from {@code settings} or {@code keys/audit.key}, its signing
     * keyset in {@code keys}, its checkpoints under {@code dataDir}. A chain begun before entries were
     * keyed is keyed from here on ({@link #keyLegacyChain}).
     */
    public static AuditStore open(Jdbi jdbi, Clock clock, Path dataDir, Path keys, AuditSettings settings) throws IOException {
        byte[] key;
        if (settings.macKey() != null) {
            try {
                key = HexFormat.of().parseHex(settings.macKey());
            } catch (IllegalArgumentException e) {
                throw new IOException("VIGIE_AUDIT_KEY is not hexadecimal", e);
            }
            if (key.length < 32) {
                throw new IOException("VIGIE_AUDIT_KEY is shorter than 32 bytes (64 hexadecimal digits)");
            }
        } else {
            key = OwnerOnlyFiles.loadOrCreateKey(keys.resolve(KEY_FILE));
        }
        AuditCheckpoints checkpoints = new AuditCheckpoints(new CheckpointLog(dataDir), CheckpointSigner.load(keys),
                CheckpointSink.of(settings.sink()), clock);
        AuditStore store = new AuditStore(jdbi, clock, new ChainHash(key), checkpoints);
        store.keyLegacyChain();
        return store;
    }

    /** Records an event in its own transaction. */
    public AuditEntry record(AuditEvent event) {
        return jdbi.inTransaction(h -> record(h, event));
    }

    /** Records an event inside the caller's transaction, so that it lands with the change or not at all. */
    public AuditEntry record(Handle h, AuditEvent event) {
        Head head = lockHead(h);
        long id = head.id() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String details = toJson(event);
        String hash = mac.of(id, at, event.actor(), event.action(), event.target(), event.ip(), details, head.hash());
        bind(h.createUpdate(INSERT), id, at, event, details, head.hash(), hash).execute();
        checkpointAfter(h, head.id(), id);
        return new AuditEntry(id, at, event.actor(), event.action(), event.target(), event.ip(), details, head.hash(), hash);
    }

    /**
     * Records several events inside the caller's transaction, chained in their order, in three statements
     * whatever their number (the lock, the last entry, one batch of inserts).
     */
    public void recordAll(Handle h, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Head head = lockHead(h);
        long id = head.id();
        String prev = head.hash();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var batch = h.prepareBatch(INSERT);
        for (AuditEvent event : events) {
            id++;
            String details = toJson(event);
            String hash = mac.of(id, at, event.actor(), event.action(), event.target(), event.ip(), details, prev);
            bind(batch, id, at, event, details, prev, hash).add();
            prev = hash;
        }
        batch.execute();
        checkpointAfter(h, head.id(), id);
    }

    private record Head(long id, String hash) {
    }

    private static Head lockHead(Handle h) {
        h.execute("SELECT pg_advisory_xact_lock(?)", CHAIN_LOCK);
        return h.createQuery("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
                .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2))).findOne().orElse(new Head(0, ChainHash.GENESIS));
    }

    private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T s, long id, Instant at, AuditEvent event,
                                                                                 String details, String prev, String hash) {
        return s.bind("id", id).bind("at", at.atOffset(ZoneOffset.UTC)).bind("actor", event.actor())
                .bind("action", event.action()).bind("target", event.target()).bind("ip", event.ip())
                .bind("details", details).bind("prev", prev).bind("hash", hash);
    }

    /** A thousandth entry asks for a checkpoint once its transaction has committed. */
    private void checkpointAfter(Handle h, long before, long last) {
        if (last / AuditCheckpoints.EVERY_ENTRIES != before / AuditCheckpoints.EVERY_ENTRIES) {
            Runnable soon = () -> checkpoints.soon(this);
            if (h.isInTransaction()) {
                h.afterCommit(soon);
            } else {
                soon.run();
            }
        }
    }

    /**
     * Marks the switch of a chain begun with plain hashes to keyed MACs: its first keyed entry is
     * {@code audit.chain_keyed}, which names the last entry chained the old way. Nothing to do for a
     * chain that is empty, keyed from its start, already switched, or broken at its head.
     */
    void keyLegacyChain() {
        jdbi.useTransaction(h -> {
            h.execute("SELECT pg_advisory_xact_lock(?)", CHAIN_LOCK);
            if (legacyUntil(h) > 0) {
                return;
            }
            Optional<AuditEntry> head = h.createQuery("SELECT * FROM audit_entry ORDER BY id DESC LIMIT 1").map(AuditStore::entry).findOne();
            if (head.isEmpty() || mac.of(head.get()).equals(head.get().hash()) || !ChainHash.legacy(head.get()).equals(head.get().hash())) {
                return;
            }
            record(h, AuditEvent.of("system", CHAIN_KEYED, "", "").with("legacy_until", Long.toString(head.get().id())));
        });
    }

    /** The last entry chained by a plain hash: the one before {@code audit.chain_keyed}, or 0. */
    private static long legacyUntil(Handle h) {
        return h.createQuery("SELECT id FROM audit_entry WHERE action = :a ORDER BY id LIMIT 1").bind("a", CHAIN_KEYED)
                .mapTo(Long.class).findOne().map(id -> id - 1).orElse(0L);
    }

    /** Checks every entry in order (ids, links, MACs) and the chain against the signed checkpoints. */
    public AuditVerification verify() {
        AuditCheckpoints.Signed signed = checkpoints.read();
        if (signed.problem() != null) {
            Checkpoint last = signed.bySeq().isEmpty() ? null : signed.bySeq().lastEntry().getValue();
            return new AuditVerification(0, last == null ? 0L : last.seq(), signed.problem(), last);
        }
        return jdbi.withHandle(h -> walk(h, new ChainWalker(mac, legacyUntil(h), signed.bySeq()), 1).result());
    }

    /**
     * Checks the chain that {@code h} sees, against no checkpoint: for a backup being restored, before
     * its transaction commits ({@code vigie restore}).
     */
    public AuditVerification verify(Handle h) {
        return walk(h, new ChainWalker(mac, legacyUntil(h), new TreeMap<>()), 1).result();
    }

    ChainWalker walkFrom(long fromId, String prevHash) {
        return jdbi.withHandle(h -> walk(h, new ChainWalker(mac, legacyUntil(h), new TreeMap<>(), fromId, prevHash), fromId));
    }

    private static ChainWalker walk(Handle h, ChainWalker walker, long fromId) {
        try (var stream = h.createQuery("SELECT * FROM audit_entry WHERE id >= :from ORDER BY id").bind("from", fromId)
                .setFetchSize(1000).map(AuditStore::entry).stream()) {
            stream.takeWhile(walker::accept).forEach(e -> { });
        }
        return walker;
    }

    long headId() {
        return jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(id), 0) FROM audit_entry").mapTo(Long.class).one());
    }

    /** Writes a signed checkpoint now, if entries were added since the last one and the chain holds. */
    public Optional<Checkpoint> checkpoint() {
        return checkpoints.write(this, true);
    }

    /** The latest signed checkpoint, as printed in the Council report's colophon. */
    public Optional<Checkpoint> latestCheckpoint() {
        return checkpoints.latest();
    }

    /** The audit key's fingerprint, for the nodes of one database to compare (issue 18); tells nothing of the key. */
    public String keyFingerprint() {
        return mac.fingerprint();
    }

    /** The public keyset (Tink JSON) that checks the checkpoints' signatures, to keep apart from the server. */
    public String checkpointPublicKey() {
        return checkpoints.publicKeyset();
    }

    /**
     * How often a running server writes a checkpoint when there are new entries: the period of the schedule that,
     * with many nodes, one node runs at a time ({@code org.vigie.jobs.Schedule}, issue 18).
     */
    public static final java.time.Duration CHECKPOINT_EVERY = AuditCheckpoints.EVERY;

    /** Anchors the entries written since the last checkpoint, and stops the timer. */
    @Override
    public void close() {
        checkpoints.close(this);
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

    private static AuditEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
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
