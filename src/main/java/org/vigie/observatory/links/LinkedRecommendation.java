package org.vigie.observatory.links;

import java.time.Instant;

/** A recommendation an incident is linked to as evidence of its implementation, with who linked it, when and why. */
public record LinkedRecommendation(RecommendationRef recommendation, String note, String linkedBy, Instant linkedAt) {
}
