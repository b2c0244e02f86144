package org.vigie.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for personal API tokens, stored under their digest. */
final class TokenStore {
    private final Jdbi jdbi;

    TokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(Handle h, long accountId, String name, String prefix, byte[] hash) {
        return h.createUpdate("INSERT INTO api_token (account_id, name, prefix, token_hash) VALUES (:a, :n, :p, :h)")
                .bind("a", accountId).bind("n", name).bind("p", prefix).bind("h", hash)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    List<ApiToken> ofAccount(long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, prefix, created_at, last_used_at, revoked_at "
                        + "FROM api_token WHERE account_id = :a ORDER BY created_at DESC")
                .bind("a", accountId)
                .map((rs, ctx) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class))))
                .list());
    }

    /** The account of an active token, marking it used (at most once a minute, to spare the disk). */
    Optional<Long> use(byte[] hash, Instant now) {
        return jdbi.withHandle(h -> {
            Optional<Long> account = h.createQuery("SELECT account_id FROM api_token WHERE token_hash = :h AND revoked_at IS NULL")
                    .bind("h", hash).mapTo(Long.class).findOne();
            account.ifPresent(a -> h.createUpdate("UPDATE api_token SET last_used_at = :now WHERE token_hash = :h "
                            + "AND (last_used_at IS NULL OR last_used_at < :now - interval '1 minute')")
                    .bind("h", hash).bind("now", now.atOffset(ZoneOffset.UTC)).execute());
            return account;
        });
    }

    boolean revoke(Handle h, long accountId, long tokenId, Instant now) {
        return h.createUpdate("UPDATE api_token SET revoked_at = :now WHERE id = :id AND account_id = :a AND revoked_at IS NULL")
                .bind("id", tokenId).bind("a", accountId).bind("now", now.atOffset(ZoneOffset.UTC)).execute() == 1;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
