package org.vigie.observatory.links;

import java.time.Instant;

/**
 * A link as one incident's page shows it: the other incident, the kind, and whether this incident is the
 * link's origin ({@code outgoing}: "this is a duplicate of the other") or its target.
 */
public record IncidentLink(long otherId, String otherReference, LinkKind kind, boolean outgoing, String createdBy, Instant createdAt) {
}
