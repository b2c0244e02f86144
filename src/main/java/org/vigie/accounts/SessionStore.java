package org.vigie.accounts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for browser sessions, stored under the digest of their cookie value. */
final class SessionStore {
    record Row(long accountId, boolean secondFactorPending, Instant createdAt, Instant lastSeenAt) {
    }

    private final Jdbi jdbi;

    SessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(Handle h, byte[] tokenHash, long accountId, boolean secondFactorPending, String ip, Instant now) {
        h.createUpdate("INSERT INTO session (token_hash, account_id, second_factor_pending, created_at, last_seen_at, ip) "
                        + "VALUES (:t, :a, :p, :now, :now, :ip)")
                .bind("t", tokenHash).bind("a", accountId).bind("p", secondFactorPending)
                .bind("now", now.atOffset(ZoneOffset.UTC)).bind("ip", ip).execute();
    }

    Optional<Row> find(byte[] tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, second_factor_pending, created_at, last_seen_at "
                        + "FROM session WHERE token_hash = :t")
                .bind("t", tokenHash)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getBoolean(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
                .findOne());
    }

    /** Marks the session used now; written at most once a minute to spare the disk. */
    void touch(byte[] tokenHash, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE session SET last_seen_at = :now WHERE token_hash = :t "
                        + "AND last_seen_at < :now - interval '1 minute'")
                .bind("t", tokenHash).bind("now", now.atOffset(ZoneOffset.UTC)).execute());
    }

    void delete(byte[] tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM session WHERE token_hash = :t").bind("t", tokenHash).execute());
    }

    void deleteAllOf(Handle h, long accountId) {
        h.createUpdate("DELETE FROM session WHERE account_id = :a").bind("a", accountId).execute();
    }

    int deleteIdleSince(Instant idleCutoff, Instant absoluteCutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM session WHERE last_seen_at < :idle OR created_at < :abs")
                .bind("idle", idleCutoff.atOffset(ZoneOffset.UTC)).bind("abs", absoluteCutoff.atOffset(ZoneOffset.UTC)).execute());
    }
}
