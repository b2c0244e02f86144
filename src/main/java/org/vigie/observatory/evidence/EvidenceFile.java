package org.vigie.observatory.evidence;

import java.time.Instant;

/** An evidence file as listed on its incident's page; the content is read apart, decrypted, and audited. */
public record EvidenceFile(long id, long incidentId, String fileName, String contentType, long sizeBytes, String sha256,
                           String description, String addedBy, Instant addedAt) {
}
