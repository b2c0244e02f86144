package org.vigie.accounts;

import java.time.Instant;

/** A personal API token as its owner sees it: never the token itself, only its first characters. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
