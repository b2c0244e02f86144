package org.vigie.audit;

import java.time.Instant;

/** One stored entry of the audit trail, with its place in the chain. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String ip,
                         String details, String prevHash, String hash) {
}
