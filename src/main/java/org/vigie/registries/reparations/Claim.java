package org.vigie.registries.reparations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;

/**
 * A reparation claim as stored, at its latest status. A status change goes to another status on a day
 * not before the current one; a claim that is paid or implemented stays so.
 */
public record Claim(long id, String pseudonym, Set<HarmClass> harmClasses, String harm, Programme programme,
                    Set<Measure> measures, Long amountXof, ClaimStatus status, LocalDate statusOn, LocalDate submittedOn,
                    String createdBy, Instant createdAt) {
    public Claim {
        harmClasses = Collections.unmodifiableSet(EnumSet.copyOf(harmClasses));
        measures = Collections.unmodifiableSet(EnumSet.copyOf(measures));
    }

    public ClaimStatus moveTo(ClaimStatus next, LocalDate on) {
        if (next == status) {
            throw new Conflict("status", "registries.claim.same_status");
        }
        if (status == ClaimStatus.IMPLEMENTED) {
            throw new Conflict("status", "registries.claim.already_implemented");
        }
        if (on.isBefore(statusOn)) {
            throw new InvalidInput("status_on", "registries.claim.status_before_current", statusOn.toString());
        }
        return next;
    }
}
