package org.vigie.registries.reparations;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a claim's history: the status it reached, on which day, who recorded it. */
public record StatusChange(ClaimStatus status, LocalDate on, String note, String recordedBy, Instant recordedAt) {
}
