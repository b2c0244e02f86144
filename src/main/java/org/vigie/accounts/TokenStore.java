package org.vigie.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditStore;

/** SQL for personal API tokens, stored under their digest. */
final class TokenStore {
    private final Jdbi jdbi;

    TokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(Handle h, long accountId, String name, String prefix, byte[] hash, Instant expiresAt) {
        return h.createUpdate("INSERT INTO api_token (account_id, name, prefix, token_hash, expires_at) VALUES (:a, :n, :p, :h, :e)")
                .bind("a", accountId).bind("n", name).bind("p", prefix).bind("h", hash).bind("e", expiresAt.atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    List<ApiToken> ofAccount(long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, prefix, created_at, last_used_at, expires_at, revoked_at, revoked_reason "
                        + "FROM api_token WHERE account_id = :a ORDER BY created_at DESC, id DESC")
                .bind("a", accountId)
                .map((rs, ctx) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)),
                        instant(rs.getObject(7, OffsetDateTime.class)), rs.getString(8)))
                .list());
    }

    /**
     * The account of a token neither revoked nor expired, marking it used; the row is written at most
     * once a minute, so a program calling in a loop does not rewrite it at each call.
     */
    Optional<Long> use(byte[] hash, Instant now) {
        return jdbi.withHandle(h -> {
            Optional<Long> account = h.createQuery("SELECT account_id FROM api_token WHERE token_hash = :h AND revoked_at IS NULL "
                            + "AND expires_at > :now").bind("h", hash).bind("now", now.atOffset(ZoneOffset.UTC)).mapTo(Long.class).findOne();
            account.ifPresent(a -> h.createUpdate("UPDATE api_token SET last_used_at = :now WHERE token_hash = :h "
                            + "AND (last_used_at IS NULL OR last_used_at < :now - interval '1 minute')")
                    .bind("h", hash).bind("now", now.atOffset(ZoneOffset.UTC)).execute());
            return account;
        });
    }

    boolean revoke(Handle h, long accountId, long tokenId, Instant now) {
        return h.createUpdate("UPDATE api_token SET revoked_at = :now, revoked_reason = 'owner' "
                        + "WHERE id = :id AND account_id = :a AND revoked_at IS NULL")
                .bind("id", tokenId).bind("a", accountId).bind("now", now.atOffset(ZoneOffset.UTC)).execute() == 1;
    }

    /**
     * Revokes every token of an account not yet revoked, saying why, with an audit entry when there was
     * one: a token must not outlive the credentials that made it (a changed password, a disabled
     * account, a second factor the token would bypass).
     */
    void revokeAll(Handle h, AuditStore audit, String actor, String ip, long accountId, String reason) {
        int n = h.createUpdate("UPDATE api_token SET revoked_at = now(), revoked_reason = :r WHERE account_id = :a AND revoked_at IS NULL")
                .bind("a", accountId).bind("r", reason).execute();
        if (n > 0) {
            audit.record(h, AuditEvent.of(actor, "token.revoked_all", "account:" + accountId, ip)
                    .with("count", Integer.toString(n)).with("reason", reason));
        }
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
