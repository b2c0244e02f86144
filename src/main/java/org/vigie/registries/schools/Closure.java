package org.vigie.registries.schools;

import java.time.Instant;
import java.time.LocalDate;
import org.vigie.observatory.incidents.VerificationStatus;

/** One closure of a school as recorded: open while it has no reopening date. */
public record Closure(long id, ClosureReport report, LocalDate reopenedOn, VerificationStatus verification,
                      String recordedBy, Instant recordedAt) {

    public boolean open() {
        return reopenedOn == null;
    }

    /** Pupils affected, girls and boys together; null when neither is known. */
    public Integer pupils() {
        if (report.girls() == null && report.boys() == null) {
            return null;
        }
        return (report.girls() == null ? 0 : report.girls()) + (report.boys() == null ? 0 : report.boys());
    }
}
