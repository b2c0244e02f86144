package org.vigie.intake;

import java.time.Instant;

/** A phone enrolled for one account; revoked when lost, its token then refused. */
public record FieldDevice(long id, long accountId, String username, String label, String createdBy, Instant createdAt,
                          Instant revokedAt, Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
