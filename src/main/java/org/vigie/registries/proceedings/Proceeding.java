package org.vigie.registries.proceedings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;

/**
 * A judicial proceeding as stored, at its latest stage. A stage change moves it to another stage on a
 * day that is not before the current stage's day; the order of stages is not imposed, since cases go
 * back (an appeal sends a case to trial again, a closed case is reopened).
 */
public record Proceeding(long id, String reference, String court, String charges, Set<ChargeClass> chargeClasses,
                         ProceedingStage stage, LocalDate stageOn, String outcome, List<SuspectGroup> suspects,
                         String createdBy, Instant createdAt) {
    public Proceeding {
        Objects.requireNonNull(reference, "reference");
        chargeClasses = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(chargeClasses));
        suspects = List.copyOf(suspects);
    }

    public int suspectCount() {
        return suspects.stream().mapToInt(SuspectGroup::count).sum();
    }

    /** The same proceeding with its suspects' names removed. */
    public Proceeding withoutNames() {
        return new Proceeding(id, reference, court, charges, chargeClasses, stage, stageOn, outcome,
                suspects.stream().map(SuspectGroup::withoutNames).toList(), createdBy, createdAt);
    }

    /** Checks a move to {@code next} on {@code on}; returns the stage. */
    ProceedingStage moveTo(ProceedingStage next, LocalDate on) {
        if (next == stage) {
            throw new Conflict("stage", "registries.proceeding.same_stage");
        }
        if (on.isBefore(stageOn)) {
            throw new InvalidInput("stage_on", "registries.proceeding.stage_before_current", stageOn.toString());
        }
        return next;
    }
}
