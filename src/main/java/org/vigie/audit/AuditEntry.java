package org.vigie.audit;

import java.time.Instant;

/** One stored entry of the audit trail, with its place in the hash chain. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String ip,
                         String details, String prevHash, String hash) {

    /** The hash this entry must carry given its content and the previous entry's hash. */
    String expectedHash() {
        return ChainHash.of(id, at, actor, action, target, ip, details, prevHash);
    }
}
