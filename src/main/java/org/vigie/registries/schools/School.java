package org.vigie.registries.schools;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.vigie.errors.Conflict;
import org.vigie.errors.InvalidInput;

/**
 * A school of the registry with its latest closure. It is closed while that closure has no reopening
 * date; it reopens on or after the day it closed, and closes again only once reopened, on or after
 * that day, so that its history reads as a sequence.
 */
public record School(long id, String name, String pcode, String placeName, String locality, SchoolLevel level,
                     Closure latest, String createdBy, Instant createdAt) {
    public School {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pcode, "pcode");
        Objects.requireNonNull(latest, "latest");
    }

    public boolean closed() {
        return latest.open();
    }

    public String region() {
        return pcode.substring(0, 4);
    }

    /** Checks that the school may reopen on {@code date}; returns it. */
    public LocalDate reopen(LocalDate date) {
        if (!closed()) {
            throw new Conflict("reopened_on", "registries.school.not_closed");
        }
        if (date.isBefore(latest.report().closedOn())) {
            throw new InvalidInput("reopened_on", "registries.school.reopened_before_closed", latest.report().closedOn().toString());
        }
        return date;
    }

    /** Checks that the school may close again as {@code report} says; returns it. */
    public ClosureReport closeAgain(ClosureReport report) {
        if (closed()) {
            throw new Conflict("closed_on", "registries.school.still_closed");
        }
        if (report.closedOn().isBefore(latest.reopenedOn())) {
            throw new InvalidInput("closed_on", "registries.school.closed_before_reopened", latest.reopenedOn().toString());
        }
        return report;
    }
}
