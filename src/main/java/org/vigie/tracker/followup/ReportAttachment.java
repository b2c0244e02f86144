package org.vigie.tracker.followup;

import java.time.Instant;

/** A file attached to a progress report, as its report lists it; the content is read apart, decrypted and audited. */
public record ReportAttachment(long id, long reportId, long recommendationId, String fileName, String contentType,
                               long sizeBytes, String sha256, String addedBy, Instant addedAt) {
}
