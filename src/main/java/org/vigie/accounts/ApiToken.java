package org.vigie.accounts;

import java.time.Instant;

/**
 * A personal API token as its owner sees it: never the token itself, only its first characters; when
 * it was last used, when it expires, and why it stopped if it did ({@code revokedReason}: {@code owner},
 * {@code password_changed}, {@code account_disabled}, {@code two_factor_enabled}).
 */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
                       Instant revokedAt, String revokedReason) {
    public boolean active() {
        return revokedAt == null && Instant.now().isBefore(expiresAt);
    }

    public boolean expired() {
        return revokedAt == null && !Instant.now().isBefore(expiresAt);
    }
}
