package org.vigie.observatory.incidents;

import java.time.Instant;
import java.time.LocalDate;

/** A stored source of an incident: kind (list 16), a description that identifies no one, when, reliability (list 42), who added it. */
public record IncidentSource(long id, String kind, String description, LocalDate reportedOn, String reliability,
                             String addedBy, Instant addedAt) {
}
