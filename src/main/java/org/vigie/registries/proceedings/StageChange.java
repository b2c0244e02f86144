package org.vigie.registries.proceedings;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a proceeding's history: the stage it reached, on which day, who recorded it. */
public record StageChange(ProceedingStage stage, LocalDate on, String note, String recordedBy, Instant recordedAt) {
}
